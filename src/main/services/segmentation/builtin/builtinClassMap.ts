import type { ClassMap, LabelClass } from '../../../../shared/domain/labels';

/**
 * Display names and colours of the built-in structures. Local stand-in until the AnatomyCatalog's
 * `classMapForStructureIds` (src/shared/anatomy/classMaps.ts) lands; ids are the catalog's canonical ids.
 */
const BUILTIN_CLASSES: Record<string, { name: string; color: [number, number, number] }> = {
  body: { name: 'Body', color: [177, 122, 101] },
  bones: { name: 'Bones', color: [241, 214, 145] },
  lung_left: { name: 'Left lung', color: [197, 165, 145] },
  lung_right: { name: 'Right lung', color: [172, 138, 115] },
  airways: { name: 'Airways', color: [182, 228, 255] },
  subcutaneous_fat: { name: 'Subcutaneous fat', color: [230, 220, 70] },
  torso_fat: { name: 'Torso fat', color: [255, 178, 102] },
  skeletal_muscle: { name: 'Skeletal muscle', color: [192, 104, 88] },
};

/** Class map for a built-in segmenter's structures: label n+1 = structures[n]. */
export function builtinClassMap(source: string, structures: string[]): ClassMap {
  const classes: LabelClass[] = structures.map((id, n) => {
    const known = BUILTIN_CLASSES[id];
    return { label: n + 1, id, name: known?.name ?? id, color: known?.color ?? [200, 200, 200] };
  });
  return { source, classes };
}
