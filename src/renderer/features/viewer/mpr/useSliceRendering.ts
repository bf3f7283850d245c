import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Mat3 } from '../../../../shared/domain/geometry';
import type { SceneProbe } from '../sceneProbe';
import type { SceneState } from '../sceneStore';
import type { LoadedLabels, LoadedVolume } from '../viewerData';
import { sampleIntensitySlice, sampleLabelSlice } from './sampleSlice';
import type { SliceCamera } from './sliceCamera';
import { sliceGridFor, snappedSlice, type SliceGrid } from './sliceGrid';
import { labelSliceToRgba, type OverlayEntry } from './labelOverlay';
import { OverlayCanvas } from './overlayCanvas';
import { createSliceScene, type SliceScene } from './sliceScene';
import { viewFrame, type SliceViewName, type ViewFrame } from './viewFrame';

export interface SliceRendering {
  frame: ViewFrame;
  grid: SliceGrid;
  /** Depth (mm along the normal) and index of the slice on screen. */
  slice: { dMm: number; index: number } | null;
  sceneRef: RefObject<SliceScene | null>;
  requestRender: () => void;
}

/**
 * Owns one 2D view's vtk.js scene: creates it on mount, deletes it on unmount, and resamples the
 * slice only when the slice through the crosshair (or the data) changes — O(pixels) per change.
 */
export function useSliceRendering(
  view: SliceViewName, container: RefObject<HTMLDivElement | null>, overlayCanvas: RefObject<HTMLCanvasElement | null>,
  volume: LoadedVolume, labels: LoadedLabels | null, state: SceneState, camera: SliceCamera | null, probe: SceneProbe,
): SliceRendering {
  const sceneRef = useRef<SliceScene | null>(null);
  const overlayRef = useRef<OverlayCanvas | null>(null);
  const labelSlice = useRef<Uint8Array | null>(null);
  const [labelSliceVersion, setLabelSliceVersion] = useState(0);
  const [overlayVersion, setOverlayVersion] = useState(0);
  const frameRequest = useRef(0);
  const frame = useMemo(() => viewFrame(volume.geometry.direction as Mat3, view), [volume, view]);
  const grid = useMemo(() => sliceGridFor(volume.geometry, frame), [volume, frame]);
  const slice = state.crosshairLps ? snappedSlice(volume.geometry, frame, state.crosshairLps) : null;

  const requestRender = useMemo(() => () => {
    if (frameRequest.current) return;
    frameRequest.current = requestAnimationFrame(() => {
      frameRequest.current = 0;
      const scene = sceneRef.current;
      if (!scene) return;
      scene.render();
      if (probe.firstSliceMs === null && probe.sliceIndex[view] !== null) probe.firstSliceMs = performance.now();
    });
  }, [probe, view]);

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const scene = createSliceScene(el);
    sceneRef.current = scene;
    if (overlayCanvas.current) overlayRef.current = new OverlayCanvas(overlayCanvas.current);
    const observer = new ResizeObserver(() => {
      scene.resize(el.clientWidth, el.clientHeight);
      requestRender();
    });
    observer.observe(el);
    scene.resize(el.clientWidth, el.clientHeight);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frameRequest.current);
      frameRequest.current = 0;
      sceneRef.current = null;
      overlayRef.current = null;
      probe.sliceIndex[view] = null;
      scene.dispose();
    };
  }, [container, overlayCanvas, requestRender, probe, view]);

  // resample only when the displayed slice or the data changes
  const sliceKey = slice ? `${slice.index}:${slice.dMm.toFixed(4)}` : 'none';
  useEffect(() => {
    const scene = sceneRef.current;
    if (!scene || !slice) return;
    const intensity = sampleIntensitySlice(volume.voxels, volume.geometry, grid, slice.dMm, volume.info.minValue);
    scene.setSlice(grid, intensity);
    labelSlice.current = labels ? sampleLabelSlice(labels.voxels, labels.geometry, grid, slice.dMm, labels.labelToIndex) : null;
    setLabelSliceVersion((v) => v + 1);
    probe.sliceIndex[view] = slice.index;
    requestRender();
    // slice is captured through sliceKey
  }, [sliceKey, grid, volume, labels, requestRender, probe, view]);

  useEffect(() => {
    sceneRef.current?.setWindowLevel(state.windowLevel);
    requestRender();
  }, [state.windowLevel, requestRender]);

  // overlay pixels: rebuilt for the slice on screen when the slice, colours or visibility change
  useEffect(() => {
    const overlay = overlayRef.current;
    if (!overlay) return;
    const indices = labelSlice.current;
    if (!labels || !indices) {
      overlay.setImage(null, 0, 0);
    } else {
      const byId = new Map(state.structures.map((s) => [s.id, s]));
      const entries: OverlayEntry[] = [];
      labels.indexToId.forEach((id, index) => {
        const s = byId.get(id);
        if (index > 0 && s) entries.push({ index, color: s.color, opacity: s.visible ? s.opacity : 0 });
      });
      overlay.setImage(labelSliceToRgba(indices, grid.widthPx, grid.heightPx, entries, state.overlayMode) as Uint8ClampedArray<ArrayBuffer>, grid.widthPx, grid.heightPx);
    }
    setOverlayVersion((v) => v + 1);
  }, [labels, labelSliceVersion, state.structures, state.overlayMode, grid]);

  // zoom/pan/resize only redraw the existing overlay image
  useEffect(() => {
    const el = container.current;
    if (camera && el) overlayRef.current?.draw(grid, camera, el.clientWidth, el.clientHeight);
  }, [overlayVersion, grid, camera, container]);

  useEffect(() => {
    if (!camera) return;
    sceneRef.current?.setCamera(camera.centerUMm, camera.centerVMm, camera.halfHeightMm);
    requestRender();
  }, [camera, requestRender]);

  return { frame, grid, slice, sceneRef, requestRender };
}
