/**
 * The phrase index, built once from the AnatomyCatalog: stemmed phrase → candidate structure ids, plus the
 * vocabulary the spelling corrector may correct towards.
 */
import { ANATOMY_CATALOG, ANATOMY_GROUPS } from '../../../../shared/anatomy';
import { COMMON_WORDS, INTENT_VOCABULARY } from './lexicon';
import { editDistance, phraseKey, stem } from './text';

export interface PhraseIndex {
  /** stemmed phrase ("left" and "right" removed) → candidate ids, in catalog order */
  phrases: ReadonlyMap<string, readonly string[]>;
  /** longest phrase, in tokens */
  maxTokens: number;
  /** every stem used in a phrase */
  vocabulary: ReadonlySet<string>;
}

/** An id read as words, without its side: `lung_upper_lobe_left` → "lung upper lobe"; `rib_left_5` has none (numbered). */
function idPhrase(id: string): string | undefined {
  if (/\d/.test(id) && !/^vertebrae_/.test(id)) return undefined;
  return id.replace(/(^|_)(left|right)(?=_|$)/g, '').replace(/_/g, ' ').trim();
}

function buildIndex(): PhraseIndex {
  const order = new Map(ANATOMY_CATALOG.map((e, i) => [e.id, i]));
  const sets = new Map<string, Set<string>>();
  const add = (text: string, ids: readonly string[]): void => {
    const key = phraseKey(text);
    if (key === '') return;
    const set = sets.get(key) ?? new Set<string>();
    for (const id of ids) set.add(id);
    sets.set(key, set);
  };
  for (const entry of ANATOMY_CATALOG) {
    for (const term of entry.terms) add(term, [entry.id]);
    const fromId = idPhrase(entry.id);
    if (fromId) add(fromId, [entry.id]);
  }
  for (const group of ANATOMY_GROUPS) for (const term of group.terms) add(term, group.members);

  const phrases = new Map<string, readonly string[]>();
  const vocabulary = new Set<string>();
  let maxTokens = 1;
  for (const [key, set] of sets) {
    phrases.set(key, [...set].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
    const words = key.split(' ');
    maxTokens = Math.max(maxTokens, words.length);
    for (const w of words) if (w.length >= 3 && !/\d/.test(w)) vocabulary.add(w);
  }
  return { phrases, maxTokens, vocabulary };
}

let cached: PhraseIndex | undefined;

/** The catalog phrase index (built on first use, then shared). */
export function getPhraseIndex(): PhraseIndex {
  cached ??= buildIndex();
  return cached;
}

/** Edit distance allowed for a word of this length: none for short words, where a typo is usually another word. */
function allowedDistance(length: number): number {
  if (length < 4) return 0;
  return length >= 8 ? 2 : 1;
}

function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const max = allowedDistance(word.length);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate.length < 4) continue;
    const d = editDistance(word, candidate, max);
    // ties go to the candidate sharing the first letter: typos rarely hit the first letter
    if (d < bestDistance || (d === bestDistance && best !== undefined && best[0] !== word[0] && candidate[0] === word[0])) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : undefined;
}

export interface CorrectedWord {
  /** stem used for phrase lookup */
  stem: string;
  /** surface word used for intent cues */
  surface: string;
  corrected: boolean;
}

/**
 * Corrects a misspelt word towards the anatomy vocabulary or the intent words ("spleeen" → spleen,
 * "isloate" → isolate). Known English words, numbers and words already in the vocabulary are left alone.
 */
export function correctWord(word: string, index: PhraseIndex): CorrectedWord {
  const s = stem(word);
  if (COMMON_WORDS.has(word) || COMMON_WORDS.has(s) || index.vocabulary.has(s) || /\d/.test(word) || word.length < 4) {
    return { stem: s, surface: word, corrected: false };
  }
  const intent = nearest(word, INTENT_VOCABULARY);
  if (intent) return { stem: intent, surface: intent, corrected: true };
  const anatomy = nearest(s, index.vocabulary) ?? nearest(word, index.vocabulary);
  if (anatomy) return { stem: anatomy, surface: anatomy, corrected: true };
  return { stem: s, surface: word, corrected: false };
}
