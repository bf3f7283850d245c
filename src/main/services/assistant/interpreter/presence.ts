/**
 * Which segmentations evidently produced the present structures, and therefore how to report a structure that is
 * missing: as an id of the model that ran (out of the scanned field), or as something a model could still segment.
 */
import { getAnatomyEntry, type ModelFamily } from '../../../../shared/anatomy';

const FAMILY_PREFERENCE: readonly ModelFamily[] = ['total', 'total_mr', 'builtin'];

export class Presence {
  readonly present: ReadonlySet<string>;
  private readonly order: ReadonlyMap<string, number>;
  private families?: ReadonlySet<ModelFamily>;

  constructor(readonly presentIds: readonly string[]) {
    this.present = new Set(presentIds);
    this.order = new Map(presentIds.map((id, i) => [id, i]));
  }

  /** Present ids among `ids`, in the order of the present list. */
  pick(ids: Iterable<string>): string[] {
    return [...new Set([...ids].filter((id) => this.present.has(id)))].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  /**
   * Families whose models evidently ran on this scan: one that can produce nearly all present catalogued ids, or
   * that alone produces at least two of them (a 'total' result merged with built-in tissues shows both).
   * Sharing ids is not evidence: total_mr and the built-in segmenter both produce the lungs.
   */
  ranFamilies(): ReadonlySet<ModelFamily> {
    if (this.families) return this.families;
    const catalogued = this.presentIds.map((id) => getAnatomyEntry(id)).filter((e) => e !== undefined);
    const ran = new Set<ModelFamily>();
    for (const family of FAMILY_PREFERENCE) {
      const count = catalogued.filter((e) => e.sources.includes(family)).length;
      const exclusive = catalogued.filter((e) => e.sources.length === 1 && e.sources[0] === family).length;
      if (catalogued.length > 0 && (count >= 0.9 * catalogued.length || exclusive >= 2)) ran.add(family);
    }
    this.families = ran;
    return ran;
  }

  /**
   * How to report candidates of which none is present: the ids a model that ran would have produced (e.g. both
   * femurs for "the femur" on a 'total' scan), else those of the first family that has them.
   */
  absentIds(candidates: readonly string[]): string[] {
    const ran = this.ranFamilies();
    const fromRan = candidates.filter((id) => getAnatomyEntry(id)?.sources.some((f) => ran.has(f)));
    if (fromRan.length > 0) return fromRan;
    for (const family of FAMILY_PREFERENCE) {
      const ids = candidates.filter((id) => getAnatomyEntry(id)?.sources.includes(family));
      if (ids.length > 0) return ids;
    }
    return [...candidates];
  }

  /** True when no model that ran here could produce the id, so running one may find it. */
  segmentable(id: string): boolean {
    const entry = getAnatomyEntry(id);
    if (!entry) return false;
    const ran = this.ranFamilies();
    return !entry.sources.some((f) => ran.has(f));
  }
}
