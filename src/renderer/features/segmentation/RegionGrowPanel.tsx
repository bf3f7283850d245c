import { useState } from 'react';
import { ApiError, call } from '../../api';
import { readCrosshairLps, seedFromLps } from './crosshairSeed';

export interface RegionGrowPanelProps {
  seriesId: string;
  /** The label map the region is added to (a new version is stored), or undefined for a new label map. */
  labelMapId: string | undefined;
  onLabelMapChange: (labelMapId: string | undefined) => void;
}

interface Edit {
  newId: string;
  previousId: string | undefined;
  name: string;
}

const explain = (e: unknown): string => {
  if (e instanceof ApiError && e.payload.code === 'REGION_LEAKED') return `The region leaked: ${e.payload.message}.`;
  if (e instanceof ApiError) return `${e.payload.message} (${e.payload.code})`;
  return e instanceof Error ? e.message : String(e);
};

/** Grow a region from the crosshair voxel within ±tolerance HU of the seed; each grow is a new label-map version. */
export function RegionGrowPanel({ seriesId, labelMapId, onLabelMapChange }: RegionGrowPanelProps) {
  const [toleranceHu, setToleranceHu] = useState(100);
  const [name, setName] = useState('Region');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [edits, setEdits] = useState<Edit[]>([]);

  const grow = async () => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      // volume.open returns the volume already open for the viewer; only its geometry is used here
      const info = await call('volume.open', { seriesId });
      const seed = seedFromLps(info.geometry, readCrosshairLps());
      if (!seed.ok) throw new Error(seed.message);
      const summary = await call('segmentation.regionGrow', { seriesId, labelMapId, seedIjk: seed.seedIjk, toleranceHu, name: name.trim() });
      setEdits((es) => [...es, { newId: summary.labelMapId, previousId: labelMapId, name: name.trim() }]);
      setDone(`Added "${name.trim()}" from voxel ${seed.seedIjk.join(', ')} (±${toleranceHu} HU).`);
      onLabelMapChange(summary.labelMapId);
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    const last = edits[edits.length - 1];
    if (!last) return;
    setError(null);
    setDone(null);
    try {
      await call('segmentation.undo', { labelMapId: last.newId });
      setEdits((es) => es.slice(0, -1));
      setDone(`Removed "${last.name}".`);
      onLabelMapChange(last.previousId);
    } catch (e) {
      setError(`Undo failed: ${explain(e)}`);
    }
  };

  const nameOk = name.trim().length > 0 && name.trim().length <= 80;
  const toleranceOk = Number.isFinite(toleranceHu) && toleranceHu > 0 && toleranceHu <= 2000;
  return (
    <div className="ws-region" data-testid="region-grow-panel">
      <div className="ws-row">
        <label htmlFor="rg-tolerance">Tolerance ± HU</label>
        <input id="rg-tolerance" data-testid="rg-tolerance" type="number" min={1} max={2000} step={10} value={toleranceHu} onChange={(e) => setToleranceHu(Number(e.target.value))} />
      </div>
      <div className="ws-row">
        <label htmlFor="rg-name">Name</label>
        <input id="rg-name" data-testid="rg-name" className="ws-grow" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {!toleranceOk && <div className="ws-error">Tolerance must be between 1 and 2000 HU.</div>}
      <div className="ws-row">
        <button type="button" className="primary" data-testid="rg-grow" disabled={busy || !nameOk || !toleranceOk} onClick={() => void grow()}>
          {busy ? 'Growing…' : 'Grow from crosshair'}
        </button>
        <button type="button" data-testid="rg-undo" disabled={busy || edits.length === 0} onClick={() => void undo()}>Undo region</button>
      </div>
      {error && <div className="ws-error" role="alert" data-testid="rg-error">{error}</div>}
      {done && <div className="ws-ok" data-testid="rg-result">{done}</div>}
    </div>
  );
}
