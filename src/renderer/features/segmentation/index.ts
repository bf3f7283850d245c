export { RegionGrowPanel, type RegionGrowPanelProps } from './RegionGrowPanel';
export { SegmentationPanel, type SegmentationPanelProps } from './SegmentationPanel';
export { useSegmentationModels, type ModelsDocument, type SegmentationModels } from './useSegmentationModels';
