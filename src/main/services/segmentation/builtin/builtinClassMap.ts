import type { ClassMap } from '../../../../shared/domain/labels';
import { BUILTIN_STRUCTURE_IDS, labelClassFor } from '../../../../shared/anatomy';

/**
 * Label value of a built-in structure: its 1-based position in the catalog's BUILTIN_STRUCTURE_IDS. Every
 * built-in segmenter writes the same value for the same structure, so one 'builtin' class map names the output
 * of any of them (and their outputs can be merged without relabelling).
 */
export function builtinLabelOf(structureId: string): number {
  const n = BUILTIN_STRUCTURE_IDS.indexOf(structureId);
  if (n < 0) throw new Error(`'${structureId}' is not a built-in structure id`);
  return n + 1;
}

/** Class map for some built-in structures (names and colours from the AnatomyCatalog). */
export function builtinClassMap(source: string, structures: readonly string[]): ClassMap {
  return { source, classes: structures.map((id) => labelClassFor(builtinLabelOf(id), id)) };
}

