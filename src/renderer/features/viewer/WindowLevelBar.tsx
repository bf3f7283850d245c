import { useSyncExternalStore } from 'react';
import { autoWindowFromPercentiles, CT_WINDOW_PRESETS } from './mpr/windowLevel';
import type { SceneStore } from './sceneStore';
import type { LoadedVolume } from './viewerData';

/** Window/level presets (CT) or automatic windowing (MR), plus the current values. */
export function WindowLevelBar(props: { modality: string; store: SceneStore; volume: LoadedVolume }) {
  const { store, volume } = props;
  const wl = useSyncExternalStore(store.subscribe, () => store.getState().windowLevel);
  const isCt = props.modality === 'CT';
  const onPreset = (id: string) => {
    if (id === 'auto') {
      store.setState({ windowLevel: autoWindowFromPercentiles(volume.voxels, volume.info.minValue, volume.info.maxValue) });
      return;
    }
    const preset = CT_WINDOW_PRESETS.find((p) => p.id === id);
    if (preset) store.setState({ windowLevel: { width: preset.width, center: preset.center } });
  };
  const current = CT_WINDOW_PRESETS.find((p) => p.width === wl.width && p.center === wl.center)?.id ?? 'custom';
  return (
    <div className="ov-toolbar">
      <label>
        Window{' '}
        <select data-testid="wl-preset" value={isCt ? current : 'custom'} onChange={(e) => onPreset(e.target.value)}>
          {isCt && CT_WINDOW_PRESETS.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.width}/{p.center})</option>)}
          <option value="auto">Auto (percentiles)</option>
          <option value="custom" disabled>Custom</option>
        </select>
      </label>
      <span className="ov-wl" data-testid="wl-values">W {Math.round(wl.width)} / L {Math.round(wl.center)} {volume.info.unit === 'HU' ? 'HU' : ''}</span>
      <span className="ov-muted">drag: window/level · shift-drag: pan · right-drag: zoom · wheel/arrows: slice · double-click: maximise</span>
    </div>
  );
}
