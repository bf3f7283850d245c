/** The structures present for the interpreter: a comma list of ids, or the classes found in a label-map file. */
import fs from 'node:fs';
import type { ClassMap } from '../../../shared/domain/labels';
import { OstendoError } from '../../../shared/errors';
import { isVolumeFileName, readVolumeFile } from '../imaging/volumeFiles';
import { resolveClassMap } from './resolveClassMap';

/** Distinct non-zero label values of a label map, ascending (a seen-table for integer maps, a Set otherwise). */
export function presentLabelValues(voxels: ArrayLike<number>): number[] {
  const isSmallInteger = voxels instanceof Uint8Array || voxels instanceof Int8Array || voxels instanceof Uint16Array || voxels instanceof Int16Array;
  if (isSmallInteger) {
    const seen = new Uint8Array(65536);
    for (let o = 0; o < voxels.length; o++) seen[voxels[o] & 0xffff] = 1;
    const out: number[] = [];
    for (let v = 0; v < 65536; v++) if (seen[v] && v !== 0) out.push(v >= 32768 && voxels instanceof Int16Array ? v - 65536 : v);
    return out.sort((a, b) => a - b);
  }
  const set = new Set<number>();
  for (let o = 0; o < voxels.length; o++) if (voxels[o] !== 0) set.add(voxels[o]);
  return [...set].sort((a, b) => a - b);
}

export interface PresentStructures {
  ids: string[];
  /** the class map used when the structures came from a label-map file */
  classMap?: ClassMap;
}

/**
 * Reads `--structures`: a label-map file (NIfTI/NRRD/MHA; its present labels named through `classes`, see
 * resolveClassMap) or a comma-separated list of structure ids.
 * @throws OstendoError INVALID_REQUEST for an empty list; INVALID_LABELS for a bad classes argument; read errors of the file.
 */
export async function presentStructuresFromArg(arg: string, classes: string | undefined): Promise<PresentStructures> {
  if (isVolumeFileName(arg) || (fs.existsSync(arg) && fs.statSync(arg).isFile())) {
    const labels = await readVolumeFile(arg, { modality: 'SEG', unit: 'label' });
    const classMap = resolveClassMap(classes, presentLabelValues(labels.voxels));
    return { ids: classMap.classes.map((c) => c.id), classMap };
  }
  const ids = [...new Set(arg.split(',').map((s) => s.trim()).filter((s) => s.length > 0))];
  if (ids.length === 0) throw new OstendoError('INVALID_REQUEST', '--structures needs structure ids (a,b,c) or a label-map file');
  return { ids };
}
