import type { ClassMap } from '../../../../shared/domain/labels';
import type { StructureMeasurement } from '../../../../shared/domain/measurements';
import type { Volume } from '../../../../shared/domain/volume';
import { measureStructures } from './measureStructures';

/** The `ostendo measure --json` document (a contract: add fields, never rename). */
export interface MeasureDocument {
  /** Intensity unit of mean/sd/min/max/median (HU for CT). */
  unit: string;
  classMapSource: string;
  structures: StructureMeasurement[];
}

/** Distinct non-zero label values present in a label map, ascending. */
export function labelValuesOf(labels: Volume): number[] {
  const seen = new Set<number>();
  for (let o = 0; o < labels.voxels.length; o++) {
    const l = labels.voxels[o] as number;
    if (l !== 0) seen.add(l);
  }
  return [...seen].sort((a, b) => a - b);
}

export function measureDocument(image: Volume, labels: Volume, classMap: ClassMap): MeasureDocument {
  return { unit: image.unit, classMapSource: classMap.source, structures: measureStructures(image, labels, classMap) };
}

/** Plain-text table for humans (the CLI without --json). */
export function formatMeasureTable(doc: MeasureDocument): string {
  const rows = doc.structures.map((s) =>
    [
      String(s.label).padStart(5),
      s.id.padEnd(34),
      s.volumeMl.toFixed(1).padStart(10),
      `${s.mean.toFixed(1)} ± ${s.sd.toFixed(1)}`.padStart(18),
      s.largestDiameterMm.toFixed(1).padStart(9),
      s.touchesBoundary ? 'cut by scan edge' : '',
    ].join('  '),
  );
  const header = ['label', 'structure'.padEnd(34), 'volume mL'.padStart(10), `mean ± sd ${doc.unit}`.padStart(18), 'diam mm'.padStart(9), ''].join('  ');
  return [header, ...rows].join('\n') + '\n';
}
