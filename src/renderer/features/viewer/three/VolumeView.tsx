import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { sameGrid } from '../../../../shared/domain/geometry';
import type { MeshPayload } from '../../../../shared/ipc/contract';
import { type CommandRegistry, CommandError } from '../../../commands';
import type { SceneProbe } from '../sceneProbe';
import type { SceneStore } from '../sceneStore';
import type { LoadedLabels, LoadedVolume } from '../viewerData';
import type { DisplayGrid } from './displayGrid';
import { buildDisplayVolume, type DisplayVolume } from './displayVolume';
import { createVolumeScene, type VolumeScene } from './volumeScene';
import { presetsFor, type VolumePresetId } from './volumePresets';

export interface VolumeViewProps {
  volume: LoadedVolume;
  labels: LoadedLabels | null;
  meshes: MeshPayload[] | null;
  meshStatus: string;
  store: SceneStore;
  probe: SceneProbe;
  registry: CommandRegistry;
  /** Receives the clip function (used by structures.isolate); null on unmount. */
  onClipReady: (clip: ((ids: string[] | null) => Promise<void>) | null) => void;
  onToggleMaximize: () => void;
}

/** Milliseconds between hover picks: CPU picking walks triangles, so it is rate-limited. */
const HOVER_PICK_INTERVAL_MS = 120;

/** The 3D view: GPU volume rendering with presets, per-structure surfaces, picking, orientation cube. */
export function VolumeView(props: VolumeViewProps) {
  const { volume, labels, meshes, store, probe, registry, onClipReady } = props;
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const container = useRef<HTMLDivElement | null>(null);
  const sceneRef = useRef<VolumeScene | null>(null);
  const lastHover = useRef(0);
  const down = useRef<{ x: number; y: number } | null>(null);
  // volume rendering is the default 3D content only without a segmentation; with one, surfaces are
  const [volumeVisible, setVolumeVisible] = useState(labels === null);
  const [error, setError] = useState('');
  // the 3D copy of the volume (reduced for large volumes; MPR keeps full resolution); null while it is built
  const displayRef = useRef<Promise<DisplayVolume> | null>(null);
  const [displayGrid, setDisplayGrid] = useState<DisplayGrid | null>(null);
  const wl = state.windowLevel;
  const presets = useMemo(
    () => presetsFor(volume.info.modality, wl.center - wl.width / 2, wl.center + wl.width / 2),
    // MR presets follow the initial auto window only; later W/L drags must not re-trigger uploads
    [volume],
  );
  const [presetId, setPresetId] = useState<VolumePresetId>(presets[0].id);
  // 3D-only switch: hiding surfaces here leaves the structures' 2D overlays alone
  const [surfacesVisible, setSurfacesVisible] = useState(true);
  const surfacesOn = useRef(true);
  const styleSurfaces = () => {
    const scene = sceneRef.current;
    if (!scene) return;
    const st = store.getState();
    for (const s of st.structures) {
      scene.styleSurface(s.id, { color: s.color, opacity: s.opacity, visible: s.visible && surfacesOn.current, highlighted: s.id === st.hoveredId || s.id === st.selectedId });
    }
  };
  const showSurfaces = (visible: boolean) => {
    surfacesOn.current = visible;
    setSurfacesVisible(visible);
    styleSurfaces();
  };

  const render = () => {
    const scene = sceneRef.current;
    if (!scene) return;
    scene.render();
    if (probe.first3dMs === null && scene.hasVolume()) probe.first3dMs = performance.now();
  };

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const scene = createVolumeScene(el);
    sceneRef.current = scene;
    probe.surfaces = () => scene.surfaces();
    const observer = new ResizeObserver(() => { scene.resize(); scene.render(); });
    observer.observe(el);
    return () => {
      observer.disconnect();
      probe.surfaces = () => [];
      sceneRef.current = null;
      scene.dispose();
    };
  }, [probe]);

  useEffect(() => {
    const scene = sceneRef.current;
    if (!scene) return undefined;
    const abort = new AbortController();
    setDisplayGrid(null);
    probe.volumeClip = null;
    const ready = buildDisplayVolume(volume.geometry, volume.voxels, null, abort.signal);
    displayRef.current = ready;
    ready.then((d) => {
      if (abort.signal.aborted || sceneRef.current !== scene) return;
      scene.setVolume(d.grid.geometry, d.voxels, d);
      setDisplayGrid(d.grid);
      scene.resetCamera();
      render();
    }).catch((e: unknown) => {
      if (!abort.signal.aborted) setError(`Could not prepare the 3D volume: ${e instanceof Error ? e.message : String(e)}`);
    });
    return () => {
      abort.abort();
      displayRef.current = null;
    };
  }, [volume]);

  useEffect(() => {
    const preset = presets.find((p) => p.id === presetId) ?? presets[0];
    sceneRef.current?.setPreset(preset);
    sceneRef.current?.setVolumeVisible(volumeVisible);
    probe.volumeVisible = volumeVisible;
    render();
  }, [presets, presetId, volumeVisible]);

  useEffect(() => {
    if (probe.volumeClip === null) setVolumeVisible(labels === null);
  }, [labels, probe]);

  useEffect(() => {
    if (!meshes) return;
    sceneRef.current?.setSurfaces(meshes);
    if (meshes.length > 0) sceneRef.current?.resetCamera();
  }, [meshes]);

  useEffect(() => {
    styleSurfaces();
    render();
  }, [state.structures, state.hoveredId, state.selectedId, meshes, surfacesVisible]);

  // volume clip: shared by structures.isolate (via onClipReady) and volume.clipToStructures
  const clipSeq = useRef(0);
  useEffect(() => {
    let masking: AbortController | null = null;
    const clip = async (ids: string[] | null): Promise<void> => {
      const scene = sceneRef.current;
      const ready = displayRef.current;
      if (!scene || !ready) throw new CommandError('UNAVAILABLE', 'The 3D view is not ready');
      const seq = ++clipSeq.current;
      masking?.abort(); // a newer clip supersedes a mask still being built
      masking = null;
      const base = await ready;
      if (seq !== clipSeq.current || sceneRef.current !== scene) return;
      if (ids === null) {
        scene.setVoxels(base.voxels, base);
        probe.volumeClip = null;
        showSurfaces(true);
        render();
        return;
      }
      if (!labels) throw new CommandError('UNAVAILABLE', 'No segmentation is loaded, so the volume cannot be clipped to structures');
      if (!sameGrid(volume.geometry, labels.geometry)) throw new CommandError('UNAVAILABLE', 'The segmentation is on a different voxel grid than the volume; clipping needs the same grid');
      const values = ids.map((id) => labels.summary.classes.find((c) => c.id === id)?.label);
      const missing = ids.filter((_, n) => values[n] === undefined);
      if (missing.length) throw new CommandError('UNKNOWN_STRUCTURE', `Not in this segmentation: ${missing.join(', ')}`, { unknown: missing });
      const abort = new AbortController();
      masking = abort;
      const mask = { labels: labels.voxels, keepLabels: values as number[], outsideValue: volume.info.minValue };
      const masked = await buildDisplayVolume(volume.geometry, volume.voxels, mask, abort.signal);
      if (seq !== clipSeq.current || sceneRef.current !== scene) return; // a newer clip won
      scene.setVoxels(masked.voxels, masked);
      probe.volumeClip = [...ids];
      render();
    };
    onClipReady(clip);
    const off = registry.register('volume.clipToStructures', async ({ ids }) => {
      await clip(ids);
      if (ids) {
        // "show the CT inside the liver": the masked voxels, not the surfaces in front of them, and a
        // soft-tissue ramp for CT (bone would show nothing inside most organs). Applied to the scene
        // now, not on the next React render, so the command's effect is complete when it resolves.
        showSurfaces(false);
        if (volume.info.modality === 'CT') {
          const soft = presets.find((p) => p.id === 'ct-soft-tissue');
          if (soft) { sceneRef.current?.setPreset(soft); setPresetId(soft.id); }
        }
        sceneRef.current?.setVolumeVisible(true);
        probe.volumeVisible = true;
        render();
        setVolumeVisible(true);
      }
    });
    return () => {
      off();
      onClipReady(null);
      masking?.abort();
    };
  }, [volume, labels, registry, onClipReady, probe, presets]);

  const local = (e: React.PointerEvent) => {
    const r = container.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (e.buttons !== 0 || !sceneRef.current) return;
    const now = performance.now();
    if (now - lastHover.current < HOVER_PICK_INTERVAL_MS) return;
    lastHover.current = now;
    const { x, y } = local(e);
    const hit = sceneRef.current.pick(x, y);
    const hoveredId = hit?.id ?? null;
    if (store.getState().hoveredId !== hoveredId) store.setState({ hoveredId });
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const start = down.current;
    down.current = null;
    const { x, y } = local(e);
    if (!start || Math.hypot(x - start.x, y - start.y) > 4 || !sceneRef.current) return;
    const hit = sceneRef.current.pick(x, y);
    if (!hit) return;
    void registry.execute('structures.select', { id: hit.id })
      .then(() => registry.execute('crosshair.set', { positionLps: hit.positionLps }))
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };

  return (
    <div className="ov-three" data-testid="view-3d">
      <div
        ref={container}
        className="ov-three-canvas"
        data-testid="canvas-3d"
        onPointerDown={(e) => { down.current = local(e); }}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onDoubleClick={props.onToggleMaximize}
      />
      <div className="ov-three-toolbar">
        <label>
          <input type="checkbox" data-testid="volume-visible" checked={volumeVisible} onChange={(e) => setVolumeVisible(e.target.checked)} /> Volume
        </label>
        <label>
          <input type="checkbox" data-testid="surfaces-visible" checked={surfacesVisible} onChange={(e) => { showSurfaces(e.target.checked); render(); }} /> Surfaces
        </label>
        <select data-testid="volume-preset" value={presetId} onChange={(e) => setPresetId(e.target.value as VolumePresetId)}>
          {presets.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <button type="button" data-testid="reset-3d" onClick={() => { sceneRef.current?.resetCamera(); render(); }}>Reset</button>
        <DisplayResolution grid={displayGrid} />
      </div>
      <span className="ov-view-title">3D {props.meshStatus}</span>
      {error && <span className="ov-error" role="alert">{error}</span>}
    </div>
  );
}

/** Says how the 3D view shows the volume, so a reader knows when it is not every voxel. */
function DisplayResolution({ grid }: { grid: DisplayGrid | null }) {
  if (!grid) return <span className="ov-muted" data-testid="volume-resolution">Preparing 3D…</span>;
  if (!grid.reduced) return null;
  const [x, y, z] = grid.geometry.sizeIjk;
  const [fi, fj, fk] = grid.factors;
  return (
    <span className="ov-muted" data-testid="volume-resolution" title={`Block means of ${fi}×${fj}×${fk} voxels; the 2D views show every voxel`}>
      3D at reduced resolution {x}×{y}×{z}
    </span>
  );
}
