import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Vec3 } from '../../../../shared/domain/geometry';
import type { CommandRegistry } from '../../../commands';
import type { SceneProbe } from '../sceneProbe';
import type { SceneStore } from '../sceneStore';
import type { LoadedLabels, LoadedVolume } from '../viewerData';
import { valueAtLps } from './sampleSlice';
import { fitCamera, panBy, planeToScreen, screenToPlane, zoomAt, type SliceCamera } from './sliceCamera';
import { lpsToPlane, planeToLps, stepSlice } from './sliceGrid';
import { useSliceRendering } from './useSliceRendering';
import { edgeLetters, type SliceViewName } from './viewFrame';
import { dragWindowLevel } from './windowLevel';

export interface SliceViewProps {
  view: SliceViewName;
  volume: LoadedVolume;
  labels: LoadedLabels | null;
  store: SceneStore;
  probe: SceneProbe;
  execute: CommandRegistry['execute'];
  onToggleMaximize: () => void;
}

/** Pointer travel (CSS px) below which a press is a click (sets the crosshair), not a drag. */
const CLICK_SLOP_PX = 4;

type Drag = { mode: 'window' | 'pan' | 'zoom'; x0: number; y0: number; moved: boolean; start: { wl: { width: number; center: number }; cam: SliceCamera } };

function formatReadout(value: number | null, unit: string, p: Vec3, structure: string): string {
  const v = value === null ? 'outside' : `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit === 'HU' ? 'HU' : ''}`.trim();
  const pos = p.map((c) => c.toFixed(1)).join(', ');
  return `${v} · LPS (${pos}) mm${structure ? ` · ${structure}` : ''}`;
}

/** One 2D MPR view: vtk.js slice + DOM overlays (orientation letters, crosshair, readout). */
export function SliceView(props: SliceViewProps) {
  const { view, volume, labels, store, probe, execute } = props;
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const container = useRef<HTMLDivElement | null>(null);
  const overlayCanvas = useRef<HTMLCanvasElement | null>(null);
  const [size, setSize] = useState({ w: 1, h: 1 });
  const [camera, setCamera] = useState<SliceCamera | null>(null);
  const [readout, setReadout] = useState('');
  const drag = useRef<Drag | null>(null);
  const { frame, grid, slice } = useSliceRendering(view, container, overlayCanvas, volume, labels, state, camera, probe);
  const letters = edgeLetters(frame);

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setSize({ w: el.clientWidth, h: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // refit when the grid or the view's size changes (new volume, maximise)
  useEffect(() => setCamera(fitCamera(grid, size.w, size.h)), [grid, size.w, size.h]);

  const local = (e: { clientX: number; clientY: number }) => {
    const r = container.current?.getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  };
  const positionAt = useCallback((x: number, y: number): Vec3 | null => {
    if (!camera || !slice) return null;
    const { uMm, vMm } = screenToPlane(camera, size.w, size.h, x, y);
    return planeToLps(frame, uMm, vMm, slice.dMm);
  }, [camera, slice, size, frame]);

  const step = (n: number) => {
    const at = store.getState().crosshairLps;
    if (at) void execute('crosshair.set', { positionLps: stepSlice(volume.geometry, frame, at, n) });
  };

  const onPointerDown = (e: React.PointerEvent) => {
    container.current?.focus();
    (e.target as Element).setPointerCapture?.(e.pointerId);
    const { x, y } = local(e);
    const mode = e.button === 2 ? 'zoom' : e.button === 1 || e.shiftKey ? 'pan' : 'window';
    if (camera) drag.current = { mode, x0: x, y0: y, moved: false, start: { wl: store.getState().windowLevel, cam: camera } };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const { x, y } = local(e);
    const d = drag.current;
    if (d) {
      const dx = x - d.x0, dy = y - d.y0;
      if (!d.moved && Math.hypot(dx, dy) < CLICK_SLOP_PX) return;
      d.moved = true;
      if (d.mode === 'window') store.setState({ windowLevel: dragWindowLevel(d.start.wl, dx, dy, volume.info.maxValue - volume.info.minValue) });
      else if (d.mode === 'pan') setCamera(panBy(d.start.cam, size.h, dx, dy));
      else setCamera(zoomAt(d.start.cam, size.w, size.h, d.x0, d.y0, Math.exp(-dy / 150)));
      return;
    }
    const p = positionAt(x, y);
    if (!p) return;
    const value = valueAtLps(volume.voxels, volume.geometry, p);
    const labelValue = labels ? valueAtLps(labels.voxels, labels.geometry, p) : null;
    const structure = labelValue ? labels?.summary.classes.find((c) => c.label === labelValue)?.name ?? '' : '';
    setReadout(formatReadout(value, volume.info.unit, p, structure));
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (d && !d.moved && d.mode === 'window') {
      const { x, y } = local(e);
      const p = positionAt(x, y);
      if (p) void execute('crosshair.set', { positionLps: p });
    }
  };
  const onWheel = (e: React.WheelEvent) => {
    if (e.ctrlKey && camera) {
      const { x, y } = local(e);
      setCamera(zoomAt(camera, size.w, size.h, x, y, e.deltaY < 0 ? 1.15 : 1 / 1.15));
    } else step(e.deltaY < 0 ? 1 : -1);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 5, PageDown: -5 };
    if (e.key in steps) {
      e.preventDefault();
      step(steps[e.key]);
    } else if (e.key === 'r' && camera) setCamera(fitCamera(grid, size.w, size.h));
  };

  const cross = state.crosshairLps && camera ? (() => {
    const { uMm, vMm } = lpsToPlane(frame, state.crosshairLps);
    return planeToScreen(camera, size.w, size.h, uMm, vMm);
  })() : null;

  return (
    <div className="ov-slice" data-testid={`view-${view}`} data-slice-index={slice?.index ?? ''}>
      <div
        ref={container}
        className="ov-slice-canvas"
        tabIndex={0}
        data-testid={`canvas-${view}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => setReadout('')}
        onWheel={onWheel}
        onKeyDown={onKeyDown}
        onDoubleClick={props.onToggleMaximize}
        onContextMenu={(e) => e.preventDefault()}
      />
      <canvas ref={overlayCanvas} className="ov-overlay" style={{ width: size.w, height: size.h }} data-testid={`overlay-${view}`} />
      {cross && (
        <svg className="ov-crosshair" width={size.w} height={size.h} aria-hidden>
          <line x1={0} y1={cross.y} x2={size.w} y2={cross.y} />
          <line x1={cross.x} y1={0} x2={cross.x} y2={size.h} />
        </svg>
      )}
      <span className="ov-letter ov-letter-left" data-testid={`orient-${view}-left`}>{letters.left}</span>
      <span className="ov-letter ov-letter-right" data-testid={`orient-${view}-right`}>{letters.right}</span>
      <span className="ov-letter ov-letter-top" data-testid={`orient-${view}-top`}>{letters.top}</span>
      <span className="ov-letter ov-letter-bottom" data-testid={`orient-${view}-bottom`}>{letters.bottom}</span>
      <span className="ov-view-title">{view} {slice ? `${slice.index + 1}/${volume.geometry.sizeIjk[frame.sliceAxis]}` : ''}</span>
      <span className="ov-readout" data-testid={`readout-${view}`}>{readout}</span>
    </div>
  );
}
