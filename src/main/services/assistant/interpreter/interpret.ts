/**
 * Deterministic prompt interpreter: turns a clinician's prompt and the structures present in the current
 * segmentation into a SceneAction, without any language model. The catalog phrase index is built once; a call
 * costs a few token scans.
 */
import { getAnatomyEntry } from '../../../../shared/anatomy';
import type { SceneAction, SceneIntent } from '../../../../shared/domain/sceneAction';
import { ADDITIVE_CUE, CONTRALATERAL_CUE, EVERYTHING_WORDS, INTENT_CUES, PRONOUN_CUE } from './lexicon';
import { findMentions, type Mention, type Token } from './mentions';
import { correctWord, getPhraseIndex } from './phraseIndex';
import { Presence } from './presence';
import { dropQualifiedGenerics, findExcept, sideAfter, unknownPhrases } from './promptParts';
import { phraseKey, tokenize } from './text';

export interface InterpretContext {
  /** Structures the previous action acted on: "now hide it", "and the spleen too" refer to them. */
  lastStructures?: string[];
  /** Intent of the previous action: "and the spleen too" repeats it (default: show). */
  lastIntent?: SceneIntent;
  /** Structures visible on screen: "explain what I'm seeing" refers to them (default: all present). */
  visible?: string[];
}

/** Prompts about the screen itself ("what am I looking at?", "explain what's shown"): no structure is named. */
const DEICTIC = /\b(what (i am|i'm|im|we are|we're|am i|are we) (seeing|looking at|viewing)|what (is|s|'s) (shown|displayed|visible|on (the )?screen)|on (the )?screen|(this|the) (image|scan|view|picture))\b/;

const QUESTION_INTENTS: readonly SceneIntent[] = ['segment', 'measure', 'locate', 'explain'];

/** Intent cued by verbs and question words, before structures are known; undefined when none is cued. */
function cuedIntent(text: string, hasMentions: boolean): SceneIntent | undefined {
  const cue = (intent: keyof typeof INTENT_CUES): boolean => INTENT_CUES[intent].test(text);
  if (!hasMentions && cue('list')) return 'list';
  if (hasMentions && /\b(list|enumerate|how many)\b/.test(text)) return 'list';
  // "is the gallbladder present?", "do we have the spleen?": a presence question about named structures
  if (hasMentions && /^(is|are|do we have|does (it|this|the scan) (have|include))\b/.test(text) && /\b(present|visible|segmented|there|available|included|have|include)\b/.test(text)) return 'list';
  if (!hasMentions && cue('reset') && !cue('hide')) return 'reset';
  for (const intent of QUESTION_INTENTS) if (cue(intent as keyof typeof INTENT_CUES)) return intent;
  if (cue('hide')) return 'hide';
  if (cue('isolate')) return 'isolate';
  if (cue('show')) return 'show';
  return undefined;
}

function contralateral(ids: readonly string[]): string[] {
  return ids.map((id) => id.replace(/(^|_)(left|right)(?=_|$)/, (_m, pre: string, side: string) => `${pre}${side === 'left' ? 'right' : 'left'}`));
}

function idsOf(mentions: readonly Mention[], presence: Presence): string[] {
  return presence.pick(mentions.flatMap((m) => m.ids));
}

/**
 * Interprets a prompt against the structures present.
 * - `structures` only ever holds ids from `present`; named structures that are not present go to `absent`
 *   (catalog ids, or the phrase as typed when the catalog does not know it).
 * - When everything named is absent, the catalog knows it and no model that ran here produces it, the intent is
 *   `segment` (offer to run a model), unless the user asked to hide.
 */
export function interpret(prompt: string, present: readonly string[], context: InterpretContext = {}): SceneAction {
  const index = getPhraseIndex();
  const typed = tokenize(prompt);
  const tokens: Token[] = typed.map((word) => {
    const c = correctWord(word, index);
    return { raw: c.corrected ? c.surface : word, stem: c.stem };
  });
  const text = tokens.map((t) => t.raw).join(' ');
  const presence = new Presence(present);
  const extra = new Map(present.filter((id) => !getAnatomyEntry(id)).map((id) => [phraseKey(id), [id]]));
  const { mentions, consumed } = findMentions(tokens, index, extra);
  const forced = dropQualifiedGenerics(mentions, tokens, consumed, index);

  const absent: string[] = [];
  for (const m of mentions) if (m.ids.length > 0 && presence.pick(m.ids).length === 0) absent.push(...presence.absentIds(m.ids));
  absent.push(...unknownPhrases(tokens, typed, consumed, index, forced));
  const result = (intent: SceneIntent, structures: string[]): SceneAction => ({ intent, structures, absent: [...new Set(absent)] });

  const everything = tokens.some((t, i) => !consumed[i] && EVERYTHING_WORDS.has(t.raw));
  const cued = cuedIntent(text, mentions.length > 0);

  // complements: "everything except the ribs", "hide all but the spine", "the bowel without the duodenum"
  const exceptAt = findExcept(tokens, mentions);
  if (exceptAt >= 0) {
    const base = mentions.filter((m) => m.start < exceptAt);
    const side = sideAfter(tokens, exceptAt, mentions);
    const excluded = side
      ? idsOf(base, presence).filter((id) => getAnatomyEntry(id)?.laterality === side)
      : idsOf(mentions.filter((m) => m.start > exceptAt), presence);
    if (base.length > 0) {
      const kept = idsOf(base, presence).filter((id) => !excluded.includes(id));
      return result(cued === 'hide' || cued === 'show' || QUESTION_INTENTS.includes(cued ?? 'unknown') ? (cued as SceneIntent) : 'isolate', kept);
    }
    if (everything) {
      if (cued === 'hide') return result('isolate', excluded);
      if (cued === 'measure') return result('measure', presence.presentIds.filter((id) => !excluded.includes(id)));
      return result('isolate', presence.presentIds.filter((id) => !excluded.includes(id)));
    }
  }

  let structures = idsOf(mentions, presence);
  let intent: SceneIntent | undefined = cued;
  const last = presence.pick(context.lastStructures ?? []);

  if (mentions.length === 0) {
    if (cued !== 'list' && cued !== 'reset' && DEICTIC.test(prompt.toLowerCase())) {
      const shown = context.visible ? presence.pick(context.visible) : [...presence.presentIds];
      const onScreen = cued === 'measure' || cued === 'locate' || cued === 'hide' || cued === 'isolate' ? cued : 'explain';
      return { intent: onScreen, structures: shown, absent: [] };
    }
    // "hide everything else" / "hide the rest": keep what was last shown
    if (cued === 'hide' && /\b(else|rest|others)\b/.test(text) && last.length > 0) return result('isolate', last);
    if (everything && (cued === 'hide' || cued === 'measure' || cued === 'locate')) return result(cued, [...presence.presentIds]);
    if (cued === 'list' || cued === 'reset') return { intent: cued, structures: [], absent: [] };
    if (CONTRALATERAL_CUE.test(text) && last.length > 0) {
      structures = presence.pick(contralateral(last));
      if (structures.length === 0) absent.push(...contralateral(last).filter((id) => getAnatomyEntry(id)));
      return result(intent ?? context.lastIntent ?? 'isolate', structures);
    }
    if (PRONOUN_CUE.test(text) && last.length > 0) return result(intent ?? context.lastIntent ?? 'isolate', last);
    if (absent.length === 0 || intent === undefined) return result('unknown', []);
    return result(intent, []);
  }

  // "… and hide everything else"
  if (cued === 'hide' && /\b(else|rest|others)\b/.test(text)) return result('isolate', structures);

  if (last.length > 0 && ADDITIVE_CUE.test(text)) {
    const repeated = intent ?? context.lastIntent ?? 'show';
    const additive = repeated === 'show' || repeated === 'isolate' || (repeated === 'hide' && (intent === undefined || context.lastIntent === 'hide'));
    if (additive) structures = presence.pick([...last, ...structures]);
    intent = repeated;
  }
  intent ??= 'isolate';

  const allAbsent = structures.length === 0 && absent.length > 0;
  const catalogKnowsAll = absent.every((id) => presence.segmentable(id));
  if (allAbsent && catalogKnowsAll && intent !== 'hide' && intent !== 'reset' && intent !== 'list') intent = 'segment';
  return result(intent, structures);
}
