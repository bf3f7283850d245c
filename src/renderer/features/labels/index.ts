export { ExportMeshes, type ExportMeshesProps } from './ExportMeshes';
export { LabelsPanel, type LabelsPanelProps } from './LabelsPanel';
export { useLabelMaps, type LabelMaps } from './useLabelMaps';
