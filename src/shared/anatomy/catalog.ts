/**
 * The AnatomyCatalog: every structure id the product can produce (TotalSegmentator 'total' and 'total_mr' classes
 * and the built-in segmenters), with names, synonyms, laterality, groups, SNOMED CT coding, colour and description.
 * User-grown `region_<n>` structures are deliberately not catalogued.
 */
import { BUILTIN_ENTRIES } from './catalogBuiltins';
import { ORGAN_ENTRIES } from './catalogOrgans';
import { SKELETON_ENTRIES } from './catalogSkeleton';
import { MUSCLE_ENTRIES, VESSEL_ENTRIES } from './catalogVesselsMuscles';
import { GROUP_DEFINITIONS } from './groups';
import type { AnatomyEntry, AnatomyGroup, Laterality, ModelFamily } from './types';

export const ANATOMY_CATALOG: readonly AnatomyEntry[] = [
  ...ORGAN_ENTRIES,
  ...VESSEL_ENTRIES,
  ...MUSCLE_ENTRIES,
  ...SKELETON_ENTRIES,
  ...BUILTIN_ENTRIES,
];

const BY_ID: ReadonlyMap<string, AnatomyEntry> = new Map(ANATOMY_CATALOG.map((e) => [e.id, e]));

export const ANATOMY_GROUPS: readonly AnatomyGroup[] = GROUP_DEFINITIONS.map((g) => ({
  ...g,
  members: ANATOMY_CATALOG.filter((e) => e.groups.includes(g.id)).map((e) => e.id),
}));

const GROUP_BY_ID: ReadonlyMap<string, AnatomyGroup> = new Map(ANATOMY_GROUPS.map((g) => [g.id, g]));

/** The catalog entry for a structure id, or undefined for ids the catalog does not know (e.g. `region_3`). */
export function getAnatomyEntry(id: string): AnatomyEntry | undefined {
  return BY_ID.get(id);
}

export function isCatalogued(id: string): boolean {
  return BY_ID.has(id);
}

export function getAnatomyGroup(groupId: string): AnatomyGroup | undefined {
  return GROUP_BY_ID.get(groupId);
}

/**
 * Member ids of a group, optionally restricted to one side ("left ribs" = groupMembers('ribs', 'left')).
 * Unknown group ids give an empty list.
 */
export function groupMembers(groupId: string, side?: Exclude<Laterality, 'none'>): string[] {
  const members = GROUP_BY_ID.get(groupId)?.members ?? [];
  return side ? members.filter((id) => BY_ID.get(id)?.laterality === side) : [...members];
}

/** Ids a model family can produce, in catalog order. */
export function structuresOfFamily(family: ModelFamily): string[] {
  return ANATOMY_CATALOG.filter((e) => e.sources.includes(family)).map((e) => e.id);
}

/** Display name of any structure id; uncatalogued ids (`label_7`, `region_2`) are turned into readable text. */
export function displayNameOf(id: string): string {
  const entry = BY_ID.get(id);
  if (entry) return entry.name;
  const text = id.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
