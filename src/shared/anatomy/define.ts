/** Small builders that keep the catalog data files terse: one call per structure or left/right pair. */
import type { AnatomyEntry, Laterality, ModelFamily, Rgb, SnomedCoding, SnomedConcept } from './types';

export const sct = (code: string, meaning: string): SnomedConcept => ({ code, meaning });

export const ANATOMICAL_STRUCTURE = sct('123037004', 'Anatomical Structure');
export const TISSUE = sct('85756007', 'Tissue');
export const LEFT = sct('7771000', 'Left');
export const RIGHT = sct('24028007', 'Right');

/** Coding of a plain anatomical structure, with the laterality modifier where the structure has a side. */
export function anatomical(type: SnomedConcept, side: Laterality = 'none'): SnomedCoding {
  const coding: SnomedCoding = { category: ANATOMICAL_STRUCTURE, type };
  if (side === 'left') coding.typeModifier = LEFT;
  if (side === 'right') coding.typeModifier = RIGHT;
  return coding;
}

/** The model families shared by most TotalSegmentator organs. */
export const CT_AND_MR: readonly ModelFamily[] = ['total', 'total_mr'];
export const CT_ONLY: readonly ModelFamily[] = ['total'];

interface CommonSpec {
  name: string;
  terms: readonly string[];
  groups: readonly string[];
  sources: readonly ModelFamily[];
  description: string;
  ordinal?: number;
  /**
   * Names that carry a number ("rib 5", "first lumbar vertebra"): listed as synonyms but left out of `terms`, because
   * the interpreter reads numbers and ranges itself ("ribs 5 to 7").
   */
  numberedTerms?: readonly string[];
}

export interface SingleSpec extends CommonSpec {
  id: string;
  color: Rgb;
  snomed?: SnomedCoding;
  laterality?: Laterality;
}

function synonymsFor(name: string, terms: readonly string[], side: Laterality): string[] {
  const sided = side === 'none' ? terms : terms.map((t) => (t.startsWith(`${side} `) ? t : `${side} ${t}`));
  return [...new Set([name.toLowerCase(), ...sided])];
}

/** A structure without a left/right counterpart in the catalog (it may still have a side, e.g. the left atrial appendage). */
export function single(spec: SingleSpec): AnatomyEntry {
  const laterality = spec.laterality ?? 'none';
  return {
    id: spec.id,
    name: spec.name,
    laterality,
    terms: spec.terms,
    synonyms: synonymsFor(spec.name, [...spec.terms, ...(spec.numberedTerms ?? [])], laterality),
    groups: spec.groups,
    ordinal: spec.ordinal,
    sources: spec.sources,
    snomed: spec.snomed ?? undefined,
    color: spec.color,
    description: spec.description,
  };
}

export interface PairSpec extends CommonSpec {
  /** ids are `${base}_left` and `${base}_right` unless `ids` is given */
  base: string;
  ids?: { left: string; right: string };
  /** SNOMED property type; the laterality modifier is added per side. */
  type?: SnomedConcept;
  /** Full coding per side, for structures coded by region (kidney cysts). */
  codings?: { left: SnomedCoding; right: SnomedCoding };
  colors: { left: Rgb; right: Rgb };
  /** Terms that name only one side's structure ("lingula" is part of the left upper lobe only). */
  sideTerms?: { left?: readonly string[]; right?: readonly string[] };
}

/** A left/right pair sharing terms, groups and description. Display names get "Left "/"Right " prefixes. */
export function pair(spec: PairSpec): [AnatomyEntry, AnatomyEntry] {
  const make = (side: 'left' | 'right'): AnatomyEntry => {
    const name = `${side === 'left' ? 'Left' : 'Right'} ${spec.name.charAt(0).toLowerCase()}${spec.name.slice(1)}`;
    const snomed = spec.codings ? spec.codings[side] : spec.type ? anatomical(spec.type, side) : undefined;
    return single({
      ...spec,
      id: spec.ids ? spec.ids[side] : `${spec.base}_${side}`,
      name,
      terms: [...spec.terms, ...(spec.sideTerms?.[side] ?? [])],
      laterality: side,
      color: spec.colors[side],
      snomed,
    });
  };
  return [make('left'), make('right')];
}
