/**
 * Finds the structures a prompt names: vertebra levels and ranges ("T11-L2"), catalog phrases (longest first),
 * numbered series ("ribs 5 through 7") and laterality ("left kidney", "ribs 1 to 3 on the right").
 */
import { getAnatomyEntry, VERTEBRA_ORDER } from '../../../../shared/anatomy';
import { BOTH_SIDES, HEAD_NOUNS, LIST_CONNECTORS, RANGE_CONNECTORS, SIDE_WORDS } from './lexicon';
import type { PhraseIndex } from './phraseIndex';
import { parseSmallNumber } from './text';

export interface Token {
  /** lower-case word as typed */
  raw: string;
  /** plural-folded, spelling-corrected stem used for phrase lookup */
  stem: string;
}

export interface Mention {
  /** candidate structure ids (catalog order), after side and number filters */
  ids: string[];
  start: number;
  end: number;
  side?: 'left' | 'right' | 'both';
}

export interface MentionScan {
  mentions: Mention[];
  /** tokens that belong to a mention (phrase, numbers, side words, head nouns) */
  consumed: boolean[];
}

const VERTEBRA_TOKEN = /^([ctls])(\d{1,2})$/;
const REGION_START: Readonly<Record<string, [number, number]>> = { c: [0, 7], t: [7, 12], l: [19, 5], s: [24, 1] };
const VERTEBRA_WORDS = new Set(['vertebra', 'vertebral', 'level', 'body', 'the']);

/** Index in VERTEBRA_ORDER of "t11" (or of a bare number continuing a region letter), else undefined. */
function vertebraPosition(token: string, letterForNumbers?: string): number | undefined {
  const m = VERTEBRA_TOKEN.exec(token);
  const letter = m ? m[1] : letterForNumbers;
  const n = m ? Number(m[2]) : parseSmallNumber(token);
  if (letter === undefined || n === undefined) return undefined;
  const [offset, count] = REGION_START[letter];
  return n >= 1 && n <= count ? offset + n - 1 : undefined;
}

/** "C1 and C2", "T11-L2", "L1 to 3": each vertebra becomes its own mention, so missing levels are reported one by one. */
function scanVertebrae(tokens: Token[], scan: MentionScan): void {
  for (let i = 0; i < tokens.length; i++) {
    const first = vertebraPosition(tokens[i].raw);
    if (first === undefined || scan.consumed[i]) continue;
    const letter = tokens[i].raw[0];
    const positions = [first];
    let j = i + 1;
    while (j + 1 < tokens.length) {
      const connector = tokens[j].raw;
      const next = vertebraPosition(tokens[j + 1].raw, letter);
      if (next === undefined || !(RANGE_CONNECTORS.has(connector) || LIST_CONNECTORS.has(connector))) break;
      if (RANGE_CONNECTORS.has(connector)) {
        const from = positions[positions.length - 1];
        const step = next >= from ? 1 : -1;
        for (let p = from + step; p !== next + step; p += step) positions.push(p);
      } else positions.push(next);
      j += 2;
    }
    let start = i;
    while (start > 0 && VERTEBRA_WORDS.has(tokens[start - 1].stem) && !scan.consumed[start - 1]) start--;
    let end = j;
    while (end < tokens.length && VERTEBRA_WORDS.has(tokens[end].stem) && tokens[end].stem !== 'the') end++;
    for (let k = start; k < end; k++) scan.consumed[k] = true;
    for (const p of [...new Set(positions)]) scan.mentions.push({ ids: [VERTEBRA_ORDER[p]], start, end });
    i = end - 1;
  }
}

/** Reads "5", "5 to 7", "5th and 6th", "five through seven" starting at `from`; returns the numbers and where they end. */
function readNumbers(tokens: Token[], from: number): { numbers: number[]; end: number } {
  let j = from;
  if (j < tokens.length && ['number', 'no', 'nr', 'num'].includes(tokens[j].raw)) j++;
  const numbers: number[] = [];
  const first = j < tokens.length ? parseSmallNumber(tokens[j].raw) : undefined;
  if (first === undefined) return { numbers, end: from };
  numbers.push(first);
  j++;
  while (j + 1 < tokens.length) {
    const connector = tokens[j].raw;
    const next = parseSmallNumber(tokens[j + 1].raw);
    if (next === undefined || !(RANGE_CONNECTORS.has(connector) || LIST_CONNECTORS.has(connector))) break;
    const last = numbers[numbers.length - 1];
    if (RANGE_CONNECTORS.has(connector)) for (let n = Math.min(last, next); n <= Math.max(last, next); n++) numbers.push(n);
    else numbers.push(next);
    j += 2;
  }
  return { numbers: [...new Set(numbers)], end: j };
}

/** Numbers written before the structure: "5th to 7th left ribs", "the eleventh and twelfth ribs". */
function readNumbersBefore(tokens: Token[], start: number, consumed: boolean[]): { numbers: number[]; begin: number } {
  let b = start;
  while (b > 0 && !consumed[b - 1]) {
    const raw = tokens[b - 1].raw;
    const isNumberish = parseSmallNumber(raw) !== undefined || RANGE_CONNECTORS.has(raw) || LIST_CONNECTORS.has(raw);
    if (!isNumberish && SIDE_WORDS[raw] === undefined) break;
    b--;
  }
  for (let k = b; k < start; k++) {
    if (parseSmallNumber(tokens[k].raw) !== undefined) {
      const { numbers } = readNumbers(tokens, k);
      return { numbers, begin: k };
    }
  }
  return { numbers: [], begin: start };
}

/** Side words just before the phrase ("left", "right and left"), skipping articles, numbers and connectors. */
function leadingSide(tokens: Token[], start: number, consumed: boolean[]): { side?: 'left' | 'right' | 'both'; begin: number } {
  const seen = new Set<string>();
  let begin = start;
  for (let k = start - 1; k >= 0 && k >= start - 6 && !consumed[k]; k--) {
    const raw = tokens[k].raw;
    const side = SIDE_WORDS[raw];
    if (side) {
      seen.add(side);
      begin = k;
    } else if (BOTH_SIDES.has(raw)) {
      seen.add('left').add('right');
      begin = k;
    } else if (!(raw === 'the' || raw === 'sided' || raw === '-' || LIST_CONNECTORS.has(raw) || parseSmallNumber(raw) !== undefined || RANGE_CONNECTORS.has(raw))) break;
  }
  if (seen.size === 0) return { begin: start };
  return { side: seen.size === 2 ? 'both' : (seen.values().next().value as 'left' | 'right'), begin };
}

/** "… on the right", "… left side", "… bilaterally" after the phrase. */
function trailingSide(tokens: Token[], from: number, index: PhraseIndex): { side?: 'left' | 'right' | 'both'; end: number } {
  let j = from;
  let hasPreposition = false;
  if (j < tokens.length && ['on', 'in', 'of', 'at'].includes(tokens[j].raw)) {
    hasPreposition = true;
    j++;
  }
  if (j < tokens.length && (tokens[j].raw === 'the' || tokens[j].raw === 'both')) j++;
  if (j >= tokens.length) return { end: from };
  const raw = tokens[j].raw;
  const side = SIDE_WORDS[raw] ?? (BOTH_SIDES.has(raw) ? 'both' : undefined);
  if (!side) return { end: from };
  let end = j + 1;
  const hasSuffix = end < tokens.length && ['side', 'sided', 'hand', 'one', 'ones'].includes(tokens[end].stem);
  if (hasSuffix) end++;
  // a bare side word followed by another structure belongs to that structure ("kidney, left adrenal")
  const nextStartsPhrase = end < tokens.length && index.phrases.has(tokens[end].stem);
  if (!hasPreposition && !hasSuffix && !BOTH_SIDES.has(raw) && nextStartsPhrase) return { end: from };
  return { side, end };
}

function filterBySide(ids: string[], side: 'left' | 'right' | 'both' | undefined): string[] {
  if (side !== 'left' && side !== 'right') return ids;
  const sided = ids.filter((id) => getAnatomyEntry(id)?.laterality === side);
  return sided.length > 0 ? sided : ids;
}

function lookup(tokens: Token[], i: number, index: PhraseIndex, extra: ReadonlyMap<string, string[]>, consumed: boolean[]) {
  for (let len = Math.min(index.maxTokens, tokens.length - i); len >= 1; len--) {
    if (consumed.slice(i, i + len).some(Boolean)) continue;
    const key = tokens.slice(i, i + len).map((t) => t.stem).join(' ');
    const ids = extra.get(key) ?? index.phrases.get(key);
    if (ids) return { ids: [...ids], end: i + len };
  }
  return undefined;
}

/**
 * "small and large bowel", "upper and lower lobes": a modifier coordinated with a following phrase borrows that
 * phrase's head. Only the modifier's own span is returned; the following phrase is matched on its own.
 */
function elliptic(tokens: Token[], i: number, index: PhraseIndex, extra: ReadonlyMap<string, string[]>, consumed: boolean[]) {
  if (i + 2 >= tokens.length || !['and', 'or', ','].includes(tokens[i + 1].raw)) return undefined;
  const next = lookup(tokens, i + 2, index, extra, consumed);
  if (!next || next.end - (i + 2) < 2) return undefined;
  const head = tokens.slice(i + 3, next.end).map((t) => t.stem);
  const ids = index.phrases.get([tokens[i].stem, ...head].join(' '));
  return ids ? { ids: [...ids], end: i + 1 } : undefined;
}

/**
 * Scans the tokens for structure mentions. `extra` maps phrase keys of uncatalogued present ids
 * (`region_2` → "region 2") so users can name them too.
 */
export function findMentions(tokens: Token[], index: PhraseIndex, extra: ReadonlyMap<string, string[]>): MentionScan {
  const scan: MentionScan = { mentions: [], consumed: tokens.map(() => false) };
  scanVertebrae(tokens, scan);
  for (let i = 0; i < tokens.length; i++) {
    if (scan.consumed[i]) continue;
    const hit = lookup(tokens, i, index, extra, scan.consumed) ?? elliptic(tokens, i, index, extra, scan.consumed);
    if (!hit) continue;
    let { end } = hit;
    let begin = i;
    let ids = hit.ids;
    while (end < tokens.length && HEAD_NOUNS.has(tokens[end].stem)) end++;
    let numbers: number[] = [];
    if (ids.some((id) => getAnatomyEntry(id)?.ordinal !== undefined)) {
      const after = readNumbers(tokens, end);
      const before = after.numbers.length > 0 ? { numbers: [], begin } : readNumbersBefore(tokens, begin, scan.consumed);
      numbers = after.numbers.length > 0 ? after.numbers : before.numbers;
      end = after.end;
      begin = Math.min(begin, before.begin);
      while (end < tokens.length && HEAD_NOUNS.has(tokens[end].stem)) end++;
    }
    // scan for a side from the phrase itself: the number words before it are skipped ("5th to 7th left ribs")
    const lead = leadingSide(tokens, i, scan.consumed);
    const trail = lead.side ? { side: undefined, end } : trailingSide(tokens, end, index);
    const side = lead.side ?? trail.side;
    begin = Math.min(begin, lead.begin);
    end = Math.max(end, trail.end);
    if (trail.side) applyTrailingSideToChain(scan.mentions, tokens, begin, trail.side);
    ids = filterBySide(ids, side);
    for (let k = begin; k < end; k++) scan.consumed[k] = true;
    if (numbers.length > 0) {
      for (const n of numbers) {
        scan.mentions.push({ ids: ids.filter((id) => getAnatomyEntry(id)?.ordinal === n), start: begin, end, side });
      }
    } else scan.mentions.push({ ids, start: begin, end, side });
    i = end - 1;
  }
  scan.mentions.sort((a, b) => a.start - b.start);
  return scan;
}

/** "the kidney and adrenal on the left": a trailing side also qualifies the side-less mentions chained before it. */
function applyTrailingSideToChain(mentions: Mention[], tokens: Token[], begin: number, side: 'left' | 'right' | 'both'): void {
  let boundary = begin;
  for (let m = mentions.length - 1; m >= 0; m--) {
    const prev = mentions[m];
    const between = tokens.slice(prev.end, boundary);
    if (prev.side || prev.end > boundary || !between.every((t) => LIST_CONNECTORS.has(t.raw) || t.raw === 'the')) break;
    prev.side = side;
    prev.ids = filterBySide(prev.ids, side);
    boundary = prev.start;
  }
}
