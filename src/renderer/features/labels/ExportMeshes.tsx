import { useState } from 'react';
import { ApiError, call } from '../../api';

export interface ExportMeshesProps {
  labelMapId: string | undefined;
  /** Ids exported: the selected structure when there is one, else every visible one. */
  visibleIds: string[];
  selectedId: string | null;
}

/** "Export meshes…": the selected or visible structures as STL/OBJ into a chosen folder; lists the files written. */
export function ExportMeshes({ labelMapId, visibleIds, selectedId }: ExportMeshesProps) {
  const [format, setFormat] = useState<'stl' | 'obj'>('stl');
  const [scope, setScope] = useState<'visible' | 'selected'>('visible');
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = scope === 'selected' ? (selectedId ? [selectedId] : []) : visibleIds;

  const exportNow = async () => {
    if (!labelMapId || ids.length === 0) return;
    setError(null);
    setFiles(null);
    const { path } = await call('dialog.pickExportFolder', {});
    if (!path) return;
    setBusy(true);
    try {
      setFiles((await call('meshes.export', { labelMapId, structureIds: ids, format, outDir: path })).files);
    } catch (e) {
      setError(e instanceof ApiError ? `Export failed (${e.payload.code}): ${e.payload.message}` : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ws-export" data-testid="export-meshes">
      <div className="ws-row">
        <select aria-label="Structures to export" data-testid="export-scope" value={scope} onChange={(e) => setScope(e.target.value as 'visible' | 'selected')}>
          <option value="visible">Visible ({visibleIds.length})</option>
          <option value="selected" disabled={!selectedId}>Selected{selectedId ? ` (${selectedId})` : ''}</option>
        </select>
        <select aria-label="Mesh format" data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as 'stl' | 'obj')}>
          <option value="stl">STL</option>
          <option value="obj">OBJ</option>
        </select>
        <button type="button" data-testid="export-button" disabled={busy || !labelMapId || ids.length === 0} onClick={() => void exportNow().catch((e: unknown) => setError(String(e)))}>
          {busy ? 'Exporting…' : 'Export meshes…'}
        </button>
      </div>
      {error && <div className="ws-error" role="alert" data-testid="export-error">{error}</div>}
      {files && (
        <ul className="ws-files" data-testid="export-files">
          {files.length === 0 ? <li className="ws-muted">Nothing was written (the structures are empty).</li> : files.map((f) => <li key={f} title={f}>{f.split(/[\\/]/).pop()}</li>)}
        </ul>
      )}
    </div>
  );
}
