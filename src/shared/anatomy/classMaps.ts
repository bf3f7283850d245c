/** Class maps (label value → structure) for the TotalSegmentator tasks and for lists of catalog ids. */
import type { ClassMap, LabelClass } from '../domain/labels';
import { displayNameOf, getAnatomyEntry } from './catalog';
import { TOTAL_CLASS_IDS, TOTAL_MR_CLASS_IDS } from './classIds';
import type { Rgb } from './types';

export type BuiltinClassMapName = 'total' | 'total_mr';

/**
 * A colour for a structure the catalog does not know (`label_7`, `region_2`), spread around the hue circle by the
 * golden angle so that neighbouring label values look distinct.
 */
export function distinctColor(index: number): Rgb {
  const hue = (index * 137.508) % 360;
  const s = 0.65;
  const v = 0.9;
  const c = v * s;
  const x = c * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = v - c;
  const sector = Math.floor(hue / 60);
  const [r, g, b] = [[c, x, 0], [x, c, 0], [0, c, x], [0, x, c], [x, 0, c], [c, 0, x]][sector] ?? [c, x, 0];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

/** A label class named by the catalog where it knows the id, otherwise by the id itself with a distinct colour. */
export function labelClassFor(label: number, id: string): LabelClass {
  const entry = getAnatomyEntry(id);
  return {
    label,
    id,
    name: entry ? entry.name : displayNameOf(id),
    color: entry ? [...entry.color] : distinctColor(label),
  };
}

function fromOrderedIds(source: string, ids: readonly string[]): ClassMap {
  return { source, classes: ids.map((id, i) => labelClassFor(i + 1, id)) };
}

/** The class map of a TotalSegmentator task: label value → id, display name and colour. */
export function getBuiltinClassMap(name: BuiltinClassMapName): ClassMap {
  return fromOrderedIds(name, name === 'total' ? TOTAL_CLASS_IDS : TOTAL_MR_CLASS_IDS);
}

/**
 * Labels 1..n for the given ids in order, named and coloured by the catalog (built-in segmenters use it).
 * `source` defaults to 'builtin'. Duplicate ids are a programming error and throw.
 */
export function classMapForStructureIds(ids: readonly string[], source = 'builtin'): ClassMap {
  if (new Set(ids).size !== ids.length) throw new Error(`classMapForStructureIds: duplicate ids in [${ids.join(', ')}]`);
  return fromOrderedIds(source, ids);
}
