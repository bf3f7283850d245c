import { useEffect, useState, type DragEvent } from 'react';
import type { ImportResult } from '../../../shared/ipc/contract';
import { call, getApi } from '../../api';
import { useJob } from '../../jobs/useJob';

/** Import by dialog or drag-and-drop, with progress and a per-file list of what was skipped and why. */
export function ImportPanel({ onImported }: { onImported: (result: ImportResult) => void }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const job = useJob(jobId);
  const result = job.done && !job.error ? (job.result as ImportResult) : null;

  useEffect(() => {
    if (result) onImported(result);
  }, [result, onImported]);

  const start = async (paths: string[]): Promise<void> => {
    if (paths.length === 0) return;
    setStartError(null);
    try {
      setJobId((await call('library.import', { paths })).jobId);
    } catch (e) {
      setStartError(e instanceof Error ? e.message : String(e));
    }
  };
  const pick = async (): Promise<void> => start((await call('dialog.pickImportPaths', {})).paths);
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    setDragging(false);
    const paths = Array.from(event.dataTransfer.files).map((f) => getApi().pathForFile(f)).filter((p) => p.length > 0);
    void start(paths);
  };
  const busy = jobId !== null && !job.done;

  return (
    <div className="section" data-testid="import-panel">
      <h3>Import</h3>
      <div
        className={`drop-zone${dragging ? ' active' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        Drop DICOM folders, NIfTI, NRRD or MHA files here
        <div style={{ marginTop: 6 }}>
          <button className="primary" onClick={() => void pick()} disabled={busy} data-testid="import-button">
            Import…
          </button>
        </div>
      </div>
      {busy && (
        <div data-testid="import-progress">
          <div className="progress">
            <div style={{ width: `${Math.round(job.fraction * 100)}%` }} />
          </div>
          <div className="muted">{job.message}</div>
        </div>
      )}
      {startError && <div className="errors">{startError}</div>}
      {job.error && <div className="errors">Import failed: {job.error.message}</div>}
      {result && (
        <div data-testid="import-result">
          <div className="ok">
            {result.imported.length} series imported{result.skipped.length > 0 ? `, ${result.skipped.length} files skipped` : ''}
          </div>
          {result.skipped.length > 0 && (
            <ul className="errors" data-testid="import-errors">
              {result.skipped.map((s) => (
                <li key={s.path + s.code} title={s.path}>
                  {s.path.split(/[\\/]/).pop()}: {s.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
