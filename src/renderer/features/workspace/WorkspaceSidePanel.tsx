import { useCallback, useState, type SyntheticEvent } from 'react';
import { AssistantPanel } from '../assistant';
import { ExportMeshes, LabelsPanel, useLabelMaps } from '../labels';
import { RegionGrowPanel, SegmentationPanel, useSegmentationModels } from '../segmentation';
import { useSceneVisibility } from './useSceneVisibility';
import './workspace.css';

export interface WorkspaceSidePanelProps {
  seriesId: string;
  /** The label map shown by the viewer; undefined: the newest of the series. */
  labelMapId?: string;
  onLabelMapChange: (labelMapId: string | undefined) => void;
}

type Section = 'assistant' | 'segmentation' | 'region' | 'labels';

/**
 * The panels beside the viewer: assistant, segmentation, region growing, label maps and mesh export.
 * Rendered inside the viewer's command registry, so every scene change goes through the same commands as clicks.
 */
export function WorkspaceSidePanel({ seriesId, labelMapId, onLabelMapChange }: WorkspaceSidePanelProps) {
  const maps = useLabelMaps(seriesId, labelMapId);
  const models = useSegmentationModels();
  const active = (labelMapId ? maps.labelMaps.find((m) => m.labelMapId === labelMapId) : maps.labelMaps[0]) ?? null;
  const visibility = useSceneVisibility(active?.classes.map((c) => c.id) ?? []);
  const [open, setOpen] = useState<Record<Section, boolean>>({ assistant: true, segmentation: false, region: false, labels: false });
  const [offeredModel, setOfferedModel] = useState<string | null>(null);

  const toggle = (s: Section) => (e: SyntheticEvent<HTMLDetailsElement>) => {
    const isOpen = e.currentTarget.open;
    setOpen((o) => (o[s] === isOpen ? o : { ...o, [s]: isOpen }));
  };
  const offerSegmentation = useCallback((modelId: string | null) => {
    setOfferedModel(modelId);
    setOpen((o) => ({ ...o, segmentation: true }));
  }, []);

  return (
    <div className="ws-side" data-testid="workspace-side-panel">
      {maps.error && <div className="ws-error" role="alert">{maps.error}</div>}
      <details open={open.assistant} onToggle={toggle('assistant')} data-testid="section-assistant">
        <summary>Assistant</summary>
        <AssistantPanel seriesId={seriesId} labelMap={active} visibility={visibility} models={models.doc?.models ?? []} onOfferSegmentation={offerSegmentation} />
      </details>
      <details open={open.segmentation} onToggle={toggle('segmentation')} data-testid="section-segmentation">
        <summary>Segmentation</summary>
        <SegmentationPanel seriesId={seriesId} models={models} preselectModelId={offeredModel} onLabelMapChange={onLabelMapChange} />
      </details>
      <details open={open.region} onToggle={toggle('region')} data-testid="section-region">
        <summary>Region growing</summary>
        <RegionGrowPanel seriesId={seriesId} labelMapId={active?.labelMapId} onLabelMapChange={onLabelMapChange} />
      </details>
      <details open={open.labels} onToggle={toggle('labels')} data-testid="section-labels">
        <summary>Label maps &amp; export</summary>
        <LabelsPanel seriesId={seriesId} labelMaps={maps.labelMaps} activeId={active?.labelMapId} onLabelMapChange={onLabelMapChange} onAttached={maps.refresh} />
        <ExportMeshes labelMapId={active?.labelMapId} visibleIds={visibility.state.visible} selectedId={visibility.state.selectedId} />
      </details>
    </div>
  );
}
