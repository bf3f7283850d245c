/** Parts of a prompt beyond structure names: where a complement starts, and words naming unknown structures. */
import { BOTH_SIDES, COMMON_WORDS, EVERYTHING_WORDS, EXCEPT_WORDS, HEAD_NOUNS, LIST_CONNECTORS, RANGE_CONNECTORS, SIDE_WORDS } from './lexicon';
import type { Mention, Token } from './mentions';
import type { PhraseIndex } from './phraseIndex';
import { parseSmallNumber } from './text';

/**
 * Index of the word that starts the excluded part of a complement ("except", "all but", "other than",
 * "apart from", "without", "but not"), or -1. "not" counts only after something was named ("the ribs but not …");
 * "do not show" is a hide cue, not a complement.
 */
export function findExcept(tokens: readonly Token[], mentions: readonly Mention[]): number {
  for (let k = 0; k < tokens.length; k++) {
    const raw = tokens[k].raw;
    if (!EXCEPT_WORDS.has(raw)) continue;
    const prev = tokens[k - 1]?.raw;
    const next = tokens[k + 1]?.raw;
    const namedBefore = mentions.some((m) => m.end <= k);
    // "the ribs but not the left ones": a side word can stand for the excluded part
    const sideAfter = namedBefore && tokens.slice(k + 1, k + 4).some((t) => SIDE_WORDS[t.raw] !== undefined);
    const namedAfter = mentions.some((m) => m.start > k) || sideAfter;
    if (!namedAfter) continue;
    switch (raw) {
      case 'but':
        if (next === 'not' || (prev !== undefined && EVERYTHING_WORDS.has(prev))) return k;
        break;
      case 'other':
        if (next === 'than') return k;
        break;
      case 'apart':
      case 'aside':
        if (next === 'from') return k;
        break;
      case 'save':
        if (next === 'for') return k;
        break;
      case 'not':
        if (namedBefore && prev !== 'do' && prev !== 'does' && prev !== 'but') return k;
        break;
      default:
        return k;
    }
  }
  return -1;
}

/** The side named after a complement word without a structure ("… but not the left ones"), if any. */
export function sideAfter(tokens: readonly Token[], exceptAt: number, mentions: readonly Mention[]): 'left' | 'right' | undefined {
  if (mentions.some((m) => m.start > exceptAt)) return undefined;
  for (const t of tokens.slice(exceptAt + 1, exceptAt + 4)) if (SIDE_WORDS[t.raw] !== undefined) return SIDE_WORDS[t.raw];
  return undefined;
}

const GENERIC_HEADS = new Set(['artery', 'vein', 'vessel', 'bone', 'muscle', 'gland', 'lobe', 'nerve', 'cyst']);

/**
 * "coronary arteries", "pulmonary arteries": a generic noun that a group happens to be named by, qualified by a word
 * the catalog does not know, names an unknown structure, not the whole group. Removes such mentions and returns
 * their token positions, to be reported with the unknown words.
 */
export function dropQualifiedGenerics(mentions: Mention[], tokens: readonly Token[], consumed: boolean[], index: PhraseIndex): Set<number> {
  const forced = new Set<number>();
  for (let m = mentions.length - 1; m >= 0; m--) {
    const { start, end } = mentions[m];
    const words = tokens.slice(start, end).filter((t) => SIDE_WORDS[t.raw] === undefined && t.raw !== 'the');
    const qualifier = start > 0 ? tokens[start - 1] : undefined;
    if (words.length !== 1 || !GENERIC_HEADS.has(words[0].stem) || !qualifier || consumed[start - 1] || isKnownWord(qualifier, index)) continue;
    mentions.splice(m, 1);
    for (let k = start; k < end; k++) {
      consumed[k] = false;
      forced.add(k);
    }
  }
  return forced;
}

/** Verb stems of intent cues, in any inflection ("showing", "hidden", "isolates"). */
const INTENT_WORD = /^(show|display|hid|hide|isolat|remov|measur|explain|describ|locat|segment|visuali|highlight|reset|restor|list|enumerat|find|navigat|delet|exclud|includ|focus|render|reveal|unhid|quantif)/;

export function isKnownWord(token: Token, index: PhraseIndex): boolean {
  const { raw, stem } = token;
  if (COMMON_WORDS.has(raw) || COMMON_WORDS.has(stem) || INTENT_WORD.test(raw)) return true;
  if (SIDE_WORDS[raw] !== undefined || BOTH_SIDES.has(raw) || HEAD_NOUNS.has(stem)) return true;
  if (RANGE_CONNECTORS.has(raw) || LIST_CONNECTORS.has(raw) || EVERYTHING_WORDS.has(raw) || EXCEPT_WORDS.has(raw)) return true;
  if (parseSmallNumber(raw) !== undefined || /^\d+$/.test(raw) || raw.length === 1) return true;
  // an anatomy word the index knows only inside longer phrases ("upper", "vena") is not a structure by itself
  return index.vocabulary.has(stem) && !index.phrases.has(stem) && raw.length < 4;
}

/**
 * Runs of words that no catalog phrase, filler list or cue explains, as typed ("uterus", "left ovary"): the user
 * named something the catalog does not know. A side word just before a run is kept with it.
 */
export function unknownPhrases(
  tokens: readonly Token[],
  typed: readonly string[],
  consumed: readonly boolean[],
  index: PhraseIndex,
  forced: ReadonlySet<number> = new Set(),
): string[] {
  const phrases: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) phrases.push(run.join(' '));
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    if (forced.has(i) || (!consumed[i] && !isKnownWord(tokens[i], index))) {
      if (run.length === 0 && i > 0 && !consumed[i - 1] && SIDE_WORDS[tokens[i - 1].raw] !== undefined) run.push(typed[i - 1]);
      run.push(typed[i]);
    } else flush();
  }
  flush();
  return phrases;
}
