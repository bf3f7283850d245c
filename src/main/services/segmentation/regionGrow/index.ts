export { regionGrow, type RegionGrowOptions, type RegionGrowResult } from './regionGrow';
export { addStructure, undoAddStructure, removeStructure, type AddStructureResult, type AddStructureUndo, type NewStructure, type LabelVoxels } from './labelEdits';
