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
    out.push(f.label, f.voxels, f.volumeMl, f.intensityMean, f.intensitySd, f.intensityMin, f.intensityMax, f.intensityMedian);
    out.push(...f.extentMm, f.largestDiameterMm, ...f.centroidLps);
  }
  return out;
}

/**
 * True when `written` is `fact` rounded to the written precision (e.g. 1523.4 → "1523", "1523.4"; -85.6 → "-86"),
 * or within 1 % of it (sensible rounding to fewer significant figures, "1520 mL").
 */
export function matchesFact(written: number, decimals: number, fact: number): boolean {
  const halfStep = 0.5 * 10 ** -decimals + 1e-9;
  return Math.abs(written - fact) <= halfStep || Math.abs(written - fact) <= 0.01 * Math.abs(fact);
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
  const nameNumbers = new Set(facts.flatMap((f) => [...`${f.name} ${f.id}`.matchAll(/\d+/g)].map((m) => Number(m[0]))));
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
