import type { StructureFacts } from './structureFacts';

export interface NumberCheck {
  /** The text with every unverified number replaced by "[unverified]". */
  text: string;
  /** The numbers (as written) that match no fact. */
  flaggedNumbers: string[];
}

/** Every number a fact states; a number in an answer must match one of these. */
export function factNumbers(facts: readonly StructureFacts[]): number[] {
  const out: number[] = [];
  for (const f of facts) {
    // the label value is an index, not a measurement: a bare "5" must not pass because liver is label 5
    out.push(f.voxels, f.volumeMl, f.intensityMean, f.intensitySd, f.intensityMin, f.intensityMax, f.intensityMedian);
    out.push(...f.extentMm, f.largestDiameterMm, ...f.centroidLps);
  }
  return out;
}

/**
 * True when `written` is `fact` rounded to the written precision: decimals (1523.4 → "1523.4", "1523"; -85.6 →
 * "-86") or, for whole numbers, trailing zeros as significant-figure rounding ("1520" or "1500" for 1523.4) —
 * but never coarser than two significant figures, so "100 mL" cannot stand for a measured 140 mL.
 */
export function matchesFact(written: number, decimals: number, fact: number): boolean {
  let step = 10 ** -decimals;
  if (decimals === 0 && written !== 0) {
    const digits = String(Math.trunc(Math.abs(written))).length;
    const coarsest = 10 ** Math.max(0, digits - 2);
    for (let w = Math.abs(written); w % 10 === 0 && step < coarsest; w /= 10) step *= 10;
  }
  return Math.abs(written - fact) <= 0.5 * step + 1e-9;
}

// A number, optionally signed (ASCII or Unicode minus), with optional thousands separators and decimals.
// Not preceded by a letter or digit: "L1", "T12" and "3D" are names, not quantities.
const NUMBER = /(?<![\p{L}\d.])([-\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\s?[dD]\b)/gu;

/**
 * Check every number in `text` against the facts (tolerating rounding). Numbers that occur in the names of the
 * structures in the facts (e.g. "rib 5") are allowed. Mismatching numbers are removed from the text and reported.
 */
export function checkNumbers(text: string, facts: readonly StructureFacts[], extraAllowed: readonly number[] = []): NumberCheck {
  const allowed = [...factNumbers(facts), ...extraAllowed];
  // Numbers that are part of names (ribs, vertebrae) or of the catalog description are words, not measurements.
  const wordy = facts.flatMap((f) => [f.name, f.id, f.description, ...f.touches, ...f.relations.flatMap((r) => [r.id, r.name])]);
  const nameNumbers = new Set(wordy.flatMap((w) => [...w.matchAll(/\d+/g)].map((m) => Number(m[0]))));
  const flaggedNumbers: string[] = [];
  const checked = text.replace(NUMBER, (whole: string, sign: string, intPart: string, frac: string | undefined) => {
    const magnitude = Number(intPart.replaceAll(',', '') + (frac ?? ''));
    const decimals = frac ? frac.length - 1 : 0;
    const candidates = sign ? [-magnitude, magnitude] : [magnitude];
    const ok = candidates.some((v) => allowed.some((f) => matchesFact(v, decimals, f))) || (!sign && !frac && nameNumbers.has(magnitude));
    if (ok) return whole;
    flaggedNumbers.push(whole.replace('\u2212', '-'));
    return '[unverified]';
  });
  return { text: checked, flaggedNumbers };
}
