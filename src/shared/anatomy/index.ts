/** Public surface of the AnatomyCatalog (pure TS: usable from main, renderer and workers). */
export * from './types';
export {
  ANATOMY_CATALOG,
  ANATOMY_GROUPS,
  displayNameOf,
  getAnatomyEntry,
  getAnatomyGroup,
  groupMembers,
  isCatalogued,
  structuresOfFamily,
} from './catalog';
export { VERTEBRA_ORDER } from './catalogSkeleton';
export { BUILTIN_STRUCTURE_IDS, TOTAL_CLASS_IDS, TOTAL_MR_CLASS_IDS } from './classIds';
export { classMapForStructureIds, distinctColor, getBuiltinClassMap, labelClassFor } from './classMaps';
export type { BuiltinClassMapName } from './classMaps';
