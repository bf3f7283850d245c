/** Text primitives of the interpreter: normalisation, tokens, plural folding, numbers and edit distance. */

/** Irregular plurals (and Latin forms) folded to the singular used in the phrase index. */
const IRREGULAR: Readonly<Record<string, string>> = {
  femora: 'femur', humeri: 'humerus', bronchi: 'bronchus', pelves: 'pelvis', testes: 'testis', ovaries: 'ovary',
  viscera: 'viscera', vertebrae: 'vertebra', scapulae: 'scapula', costae: 'costa', cavae: 'cava', axes: 'axis',
};

/**
 * Folds plurals to a singular stem ("ribs" → "rib", "arteries" → "artery", "vertebrae" → "vertebra") and leaves
 * words that merely end in s alone ("pancreas", "psoas", "gluteus", "axis"). Applied to index and prompt alike.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|as|os|ys)$/.test(word)) return word;
  if (/(ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ae')) return word.slice(0, -1);
  return word;
}

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bwhat's\b/g, 'what is'], [/\bwhere's\b/g, 'where is'], [/\bthat's\b/g, 'that is'], [/\bit's\b/g, 'it is'],
  [/\blet's\b/g, 'let us'], [/\bcan't\b/g, 'can not'], [/\bwon't\b/g, 'will not'], [/n't\b/g, ' not'],
  [/\b(i|you|we|they)'(d|ll|ve|re|m)\b/g, '$1'], [/'s\b/g, ''],
];

/**
 * Lower-cases and splits a prompt into word tokens. Hyphens become their own token ("T11-L2" → t11 - l2) so that
 * ranges can be read; "c-spine" style names are joined first.
 */
export function tokenize(prompt: string): string[] {
  let text = prompt.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/[\u2013\u2014]/g, '-');
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text
    .replace(/\b([clt])\s*-\s*spine\b/g, '$1spine')
    .replace(/_/g, ' ')
    .replace(/-/g, ' - ')
    .replace(/[^a-z0-9\s-]+/g, ' ');
  return text.split(/\s+/).filter((t) => t.length > 0);
}

/** Stemmed phrase key of a catalog term, e.g. "Gluteus maximus muscles" → "gluteus maximus muscle". */
export function phraseKey(text: string): string {
  return tokenize(text).filter((t) => t !== '-').map(stem).join(' ');
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12,
};

/** 5, "5th", "fifth", "five" → 5; anything else → undefined. Only small integers (ribs, vertebrae) are read. */
export function parseSmallNumber(token: string): number | undefined {
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(token);
  if (m) return Number(m[1]);
  return NUMBER_WORDS[token];
}

/**
 * Optimal-string-alignment edit distance (insert, delete, substitute, swap neighbours); returns max + 1 as soon as
 * the distance must exceed `max`, which keeps the spelling corrector cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length];
}
