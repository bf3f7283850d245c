import { useState } from 'react';
import type { LabelMapSummary } from '../../../shared/ipc/contract';
import { ApiError, call } from '../../api';
import { formatCreated, provenanceText } from './provenanceText';

export interface LabelsPanelProps {
  seriesId: string;
  labelMaps: LabelMapSummary[];
  activeId: string | undefined;
  onLabelMapChange: (labelMapId: string | undefined) => void;
  /** Re-read the list after attaching. */
  onAttached: () => Promise<void>;
}

/** Class maps a label file can be read with: TotalSegmentator CT/MR numbering, or plain numbered labels. */
const CLASS_MAPS = [
  { value: 'total', label: 'TotalSegmentator CT (total)' },
  { value: 'total_mr', label: 'TotalSegmentator MR (total_mr)' },
  { value: 'none', label: 'None (numbered labels)' },
] as const;

const explain = (e: unknown): string => {
  if (e instanceof ApiError && e.payload.code === 'GRID_MISMATCH') return `This label map does not fit the series: ${e.payload.message}`;
  if (e instanceof ApiError) return `${e.payload.message} (${e.payload.code})`;
  return e instanceof Error ? e.message : String(e);
};

/** The series' label maps (source, provenance, created) and "Load label map…". */
export function LabelsPanel({ seriesId, labelMaps, activeId, onLabelMapChange, onAttached }: LabelsPanelProps) {
  const [classes, setClasses] = useState<string>('total');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = labelMaps.find((m) => m.labelMapId === activeId) ?? null;

  const load = async () => {
    setError(null);
    const { path } = await call('dialog.pickLabelFile', {});
    if (!path) return;
    setBusy(true);
    try {
      const summary = await call('labels.attachFile', { seriesId, path, classes: classes === 'none' ? undefined : classes });
      await onAttached();
      onLabelMapChange(summary.labelMapId);
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ws-labels" data-testid="labels-panel">
      {labelMaps.length === 0 ? (
        <div className="ws-muted">No label maps for this series yet.</div>
      ) : (
        <select aria-label="Label map" data-testid="labelmap-picker" className="ws-grow" value={active?.labelMapId ?? ''} onChange={(e) => onLabelMapChange(e.target.value)}>
          {labelMaps.map((m) => (
            <option key={m.labelMapId} value={m.labelMapId}>{m.source} · {m.classes.length} structures · {formatCreated(m.createdAt)}</option>
          ))}
        </select>
      )}
      {active && (
        <div className="ws-muted ws-small" data-testid="labelmap-provenance">
          {active.source}: {provenanceText(active.provenance)} · created {formatCreated(active.createdAt)}
        </div>
      )}
      <div className="ws-row">
        <select aria-label="Class names" data-testid="labelmap-classes" value={classes} onChange={(e) => setClasses(e.target.value)} disabled={busy}>
          {CLASS_MAPS.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
        <button type="button" data-testid="labelmap-load" disabled={busy} onClick={() => void load().catch((e: unknown) => setError(explain(e)))}>
          {busy ? 'Loading…' : 'Load label map…'}
        </button>
      </div>
      {error && <div className="ws-error" role="alert" data-testid="labelmap-error">{error}</div>}
    </div>
  );
}
