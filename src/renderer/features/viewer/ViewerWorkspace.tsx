import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ijkToLps } from '../../../shared/domain/geometry';
import { CommandRegistryProvider, useCommandRegistry, type ViewName } from '../../commands';
import { StructuresPanel } from '../structures';
import { SliceView } from './mpr/SliceView';
import { SLICE_VIEWS } from './mpr/viewFrame';
import { defaultWindow } from './mpr/windowLevel';
import { createSceneProbe, installSceneProbe } from './sceneProbe';
import { createSceneStore, structuresFromClasses } from './sceneStore';
import { registerStructureCommands } from './structureCommands';
import { VolumeView } from './three/VolumeView';
import { useViewerData } from './useViewerData';
import { useViewerShortcuts } from './useViewerShortcuts';
import { WindowLevelBar } from './WindowLevelBar';
import './viewer.css';

export interface ViewerWorkspaceProps {
  seriesId: string;
  /** Label map to show; default: the newest of the series. */
  labelMapId?: string;
  /** Extra panel (assistant, segmentation) shown beside the structures; it may call useCommands(). */
  sidePanel?: ReactNode;
}

/**
 * Linked axial/coronal/sagittal + 3D views of one series with its segmentation, the structures
 * panel and a side-panel slot. Loads everything itself through window.api. Provides a command
 * registry to its subtree unless one is provided above it.
 */
export function ViewerWorkspace(props: ViewerWorkspaceProps) {
  return (
    <CommandRegistryProvider>
      <Workspace {...props} />
    </CommandRegistryProvider>
  );
}

function Workspace({ seriesId, labelMapId, sidePanel }: ViewerWorkspaceProps) {
  const registry = useCommandRegistry();
  const data = useViewerData(seriesId, labelMapId);
  const [store] = useState(createSceneStore);
  const [probe] = useState(createSceneProbe);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [message, setMessage] = useState('');
  const clipRef = useRef<((ids: string[] | null) => Promise<void>) | null>(null);
  const { volume, labels, measurements } = data;

  useEffect(() => {
    probe.crosshairLps = () => store.getState().crosshairLps;
    return installSceneProbe(probe);
  }, [probe, store]);

  useEffect(() => registerStructureCommands(registry, store, async (ids) => {
    // before the 3D view exists there is no volume rendering to clip
    if (clipRef.current) await clipRef.current(ids);
  }), [registry, store]);

  const { reloadLabels } = data;
  useEffect(() => registry.register('labels.reload', () => reloadLabels()), [registry, reloadLabels]);

  useEffect(() => {
    if (!volume) return;
    const g = volume.geometry;
    store.setState({
      crosshairLps: ijkToLps(g, [(g.sizeIjk[0] - 1) / 2, (g.sizeIjk[1] - 1) / 2, (g.sizeIjk[2] - 1) / 2]),
      windowLevel: defaultWindow(volume.info.modality, volume.voxels, volume.info.minValue, volume.info.maxValue),
    });
  }, [volume, store]);

  useEffect(() => {
    store.setState((s) => ({ structures: structuresFromClasses(labels?.summary.classes ?? [], s.structures), selectedId: null, hoveredId: null }));
  }, [labels, store]);

  useEffect(() => {
    if (!measurements) return;
    store.setState((s) => ({
      structures: s.structures.map((st) => {
        const m = measurements.get(st.id);
        return m ? { ...st, volumeMl: m.volumeMl, centroidLps: m.centroidLps } : st;
      }),
    }));
  }, [measurements, store]);

  const onError = useCallback((m: string) => setMessage(m), []);
  useViewerShortcuts(root, registry, store, onError);
  const onClipReady = useCallback((clip: ((ids: string[] | null) => Promise<void>) | null) => { clipRef.current = clip; }, []);
  const toggle = (view: ViewName) => () => {
    registry.execute('view.maximize', { view: store.getState().maximized === view ? null : view }).catch((e: unknown) => onError(String(e)));
  };

  const error = data.error;
  const max = state.maximized;
  const cellClass = (view: ViewName) => `ov-cell${max === view ? ' is-max' : max ? ' is-hidden' : ''}`;
  return (
    <div className="ov-workspace" ref={setRoot} data-testid="viewer-workspace" data-maximized={max ?? ''}>
      <div className="ov-main">
        {volume && <WindowLevelBar modality={volume.info.modality} store={store} volume={volume} />}
        {!volume && <div className="ov-status" role="status">{error ?? data.status}</div>}
        {volume && (
          <div className="ov-grid">
            {SLICE_VIEWS.map((view) => (
              <div key={view} className={cellClass(view)}>
                <SliceView view={view} volume={volume} labels={labels} store={store} probe={probe} execute={registry.execute} onToggleMaximize={toggle(view)} />
                <button type="button" className="ov-max-btn" data-testid={`maximize-${view}`} onClick={toggle(view)}>{max === view ? 'Restore' : 'Max'}</button>
              </div>
            ))}
            <div className={cellClass('3d')}>
              <VolumeView
                volume={volume} labels={labels} meshes={data.meshes} meshStatus={data.meshStatus}
                store={store} probe={probe} registry={registry} onClipReady={onClipReady} onToggleMaximize={toggle('3d')}
              />
              <button type="button" className="ov-max-btn" data-testid="maximize-3d" onClick={toggle('3d')}>{max === '3d' ? 'Restore' : 'Max'}</button>
            </div>
          </div>
        )}
        {(message || (volume && error)) && <div className="ov-error" role="alert" onClick={() => setMessage('')}>{message || error}</div>}
      </div>
      <aside className="ov-side">
        <StructuresPanel
          structures={state.structures}
          selectedId={state.selectedId}
          hoveredId={state.hoveredId}
          overlayMode={state.overlayMode}
          onOverlayModeChange={(overlayMode) => store.setState({ overlayMode })}
          onHover={(hoveredId) => store.setState({ hoveredId })}
          execute={registry.execute}
          onError={onError}
        />
        {sidePanel}
      </aside>
    </div>
  );
}
