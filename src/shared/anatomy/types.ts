/** Types of the AnatomyCatalog: every structure the product can name. Pure data, no runtime dependencies. */

export type Rgb = [number, number, number];

export type Laterality = 'left' | 'right' | 'none';

/** Which segmentation produces a structure: TotalSegmentator CT 'total', TotalSegmentator 'total_mr', or our built-in segmenters. */
export type ModelFamily = 'total' | 'total_mr' | 'builtin';

/** One SNOMED CT concept (coding scheme SCT). */
export interface SnomedConcept {
  code: string;
  meaning: string;
}

/**
 * DICOM SEG-style coding of a structure: category, property type and its modifier (laterality), and for
 * morphologically altered structures (cysts) the anatomic region with its modifier.
 */
export interface SnomedCoding {
  category: SnomedConcept;
  type: SnomedConcept;
  typeModifier?: SnomedConcept;
  region?: SnomedConcept;
  regionModifier?: SnomedConcept;
}

export interface AnatomyEntry {
  /** Canonical id: the TotalSegmentator class name where one exists (e.g. `kidney_left`). */
  id: string;
  /** Display name, e.g. "Left kidney". */
  name: string;
  laterality: Laterality;
  /**
   * Side-less names, synonyms and lay terms in lower case ("kidney", "renal"). The interpreter combines them with
   * laterality words, so "left kidney" and "kidney on the left" both reach `kidney_left`.
   */
  terms: readonly string[];
  /** Full synonyms as a user would type them, side included ("left kidney", "left renal"). */
  synonyms: readonly string[];
  /** Ids of the AnatomyGroups this structure belongs to. */
  groups: readonly string[];
  /** Rib number (1-12) or vertebra number within its spinal region (C1 → 1), for ranges such as "ribs 5 to 7". */
  ordinal?: number;
  /** Segmentations that can produce this id. */
  sources: readonly ModelFamily[];
  /** Absent only where no SNOMED CT concept has been verified for the structure. */
  snomed?: SnomedCoding;
  color: Rgb;
  /** One or two sentences of textbook anatomy; never numbers that read like measurements. */
  description: string;
}

export interface AnatomyGroup {
  id: string;
  name: string;
  /** Lower-case phrases naming the group ("ribs", "rib cage", "spine"). */
  terms: readonly string[];
  /** Member structure ids, in catalog order. */
  members: readonly string[];
}
