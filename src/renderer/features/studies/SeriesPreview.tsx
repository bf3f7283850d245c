import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { VolumeInfo } from '../../../shared/ipc/contract';
import { voxelsFromBytes, type VoxelData } from '../../../shared/domain/volume';
import { call } from '../../api';
import { axialLayout, renderAxialSlice } from './axialSlice';
import { CT_WINDOW_PRESETS } from './windowPresets';

/**
 * A quick axial look at a series straight from the library: slice slider and window/level (presets and drag).
 * Proves the path from disk to pixels; the full MPR/3D viewer is the viewer feature.
 */
export function SeriesPreview({ seriesId }: { seriesId: string }) {
  const [info, setInfo] = useState<VolumeInfo | null>(null);
  const [voxels, setVoxels] = useState<VoxelData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [slice, setSlice] = useState(0);
  const [win, setWin] = useState({ width: 400, level: 40 });
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drag = useRef<{ x: number; y: number; width: number; level: number } | null>(null);

  useEffect(() => {
    let cancelled = false;
    setInfo(null);
    setVoxels(null);
    setError(null);
    (async () => {
      const opened = await call('volume.open', { seriesId });
      const data = await call('volume.voxels', { volumeId: opened.volumeId });
      if (cancelled) return;
      const layout = axialLayout(opened.geometry);
      setInfo(opened);
      setVoxels(voxelsFromBytes(data.dataType, data.bytes));
      setSlice(Math.floor(layout.slices / 2));
      if (opened.modality !== 'CT') {
        const span = opened.maxValue - opened.minValue;
        setWin({ width: span * 0.8, level: opened.minValue + span * 0.4 });
      }
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [seriesId]);

  const layout = useMemo(() => (info ? axialLayout(info.geometry) : null), [info]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !info || !voxels || !layout) return;
    canvas.width = layout.width;
    canvas.height = layout.height;
    canvas.style.aspectRatio = `${layout.width} / ${layout.height * layout.aspect}`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(layout.width, layout.height);
    renderAxialSlice(info.geometry, voxels, layout, slice, win.width, win.level, image.data);
    ctx.putImageData(image, 0, 0);
  }, [info, voxels, layout, slice, win]);

  if (error) return <div className="empty errors">Cannot open series: {error}</div>;
  if (!info || !layout) return <div className="empty">Loading series…</div>;

  const onPointerDown = (e: PointerEvent): void => {
    drag.current = { x: e.clientX, y: e.clientY, ...win };
    (e.target as Element).setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent): void => {
    const d = drag.current;
    if (!d) return;
    setWin({ width: Math.max(1, d.width + (e.clientX - d.x) * 4), level: d.level + (e.clientY - d.y) * 2 });
  };

  return (
    <div className="preview" data-testid="series-preview">
      <div className="preview-toolbar">
        <span className="badge">{info.modality}</span>
        <span className="muted">
          {info.geometry.sizeIjk.join('×')} · {info.geometry.spacingMm.map((s) => s.toFixed(2)).join('×')} mm
        </span>
        <label>
          Slice{' '}
          <input
            type="range"
            min={0}
            max={layout.slices - 1}
            value={slice}
            onChange={(e) => setSlice(Number(e.target.value))}
            data-testid="slice-slider"
          />{' '}
          {slice + 1}/{layout.slices}
        </label>
        {info.modality === 'CT' &&
          CT_WINDOW_PRESETS.map((p) => (
            <button key={p.id} onClick={() => setWin({ width: p.width, level: p.level })}>
              {p.label}
            </button>
          ))}
        <span className="muted" data-testid="window-level">
          W {Math.round(win.width)} / L {Math.round(win.level)} {info.unit === 'HU' ? 'HU' : ''}
        </span>
      </div>
      <div className="preview-canvas">
        <canvas
          ref={canvasRef}
          data-testid="axial-canvas"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => (drag.current = null)}
          onWheel={(e) => setSlice((s) => Math.min(layout.slices - 1, Math.max(0, s + Math.sign(e.deltaY))))}
        />
      </div>
    </div>
  );
}
