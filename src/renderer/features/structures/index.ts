export { StructuresPanel, type StructureRow, type StructuresPanelProps } from './StructuresPanel';
