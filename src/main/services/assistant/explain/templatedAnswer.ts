import { displayNameOf } from '../../../../shared/anatomy';
import type { SceneAction } from '../../../../shared/domain/sceneAction';
import { relationPhrase } from './directionWords';
import type { StructureFacts } from './structureFacts';

/** Rounding used everywhere facts become text; the number checker accepts these roundings. */
export const fmt = {
  volumeMl: (v: number): string => (v >= 100 ? v.toFixed(0) : v.toFixed(1)),
  intensity: (v: number): string => v.toFixed(0),
  mm: (v: number): string => v.toFixed(0),
};

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function measurementSentences(f: StructureFacts): string[] {
  const u = f.intensityUnit === 'HU' ? ' HU' : f.intensityUnit === 'unknown' ? '' : ` (${f.intensityUnit})`;
  const out = [
    `Volume ${fmt.volumeMl(f.volumeMl)} mL (${f.voxels} voxels).`,
    `Mean intensity ${fmt.intensity(f.intensityMean)}${u}, SD ${fmt.intensity(f.intensitySd)}, median ${fmt.intensity(f.intensityMedian)}.`,
    `Extent ${fmt.mm(f.extentMm[0])} x ${fmt.mm(f.extentMm[1])} x ${fmt.mm(f.extentMm[2])} mm (right-left x anterior-posterior x inferior-superior); largest diameter ${fmt.mm(f.largestDiameterMm)} mm.`,
  ];
  if (f.possiblyIncomplete) out.push('It reaches the edge of the scan, so it may be only partly imaged and its volume underestimated.');
  return out;
}

function positionSentences(f: StructureFacts): string[] {
  const out: string[] = [];
  out.push(
    f.position.length > 0
      ? `It lies in the ${list(f.position)} part of the segmented region.`
      : 'It lies near the centre of the segmented region.',
  );
  if (f.relations.length > 0) out.push(`It is ${list(f.relations.map((r) => `${relationPhrase(r.directions)} the ${r.name.toLowerCase()}`))}.`);
  if (f.touches.length > 0) out.push(`It touches the ${list(f.touches.map((t) => displayNameOf(t).toLowerCase()))}.`);
  return out;
}

/** Beyond this many structures an explanation becomes an overview (a page per structure helps nobody). */
const OVERVIEW_ABOVE = 4;

function overview(facts: readonly StructureFacts[]): string {
  const bySize = [...facts].sort((a, b) => b.volumeMl - a.volumeMl);
  const partial = facts.filter((f) => f.possiblyIncomplete).length;
  return [
    `${facts.length} segmented structures are shown, largest first: ${list(bySize.map((f) => `${f.name.toLowerCase()} (${fmt.volumeMl(f.volumeMl)} mL)`))}.`,
    partial > 0 ? `${partial} of them reach the edge of the scan, so their volumes may be underestimated.` : '',
    'Ask about one of them for its measurements, position and neighbours.',
  ]
    .filter((s) => s.length > 0)
    .join(' ');
}

/**
 * The answer without a language model: the same facts rendered as plain sentences (numbers rounded, units named).
 * Every structure named comes from the facts, i.e. from the segmentation.
 */
export function templatedAnswer(action: SceneAction, facts: readonly StructureFacts[], presentIds: readonly string[]): string {
  const names = action.structures.map((id) => displayNameOf(id));
  const absentNote = action.absent.length > 0 ? ` Not in this segmentation: ${list(action.absent.map((id) => displayNameOf(id)))}.` : '';
  // a visibility action that matched nothing present changes nothing: say so rather than "Showing ."
  const visibility = (verb: string): string =>
    names.length > 0 ? `${verb} ${list(names)}.${absentNote}` : `Nothing changed: no structure in this segmentation matches.${absentNote}`;
  switch (action.intent) {
    case 'explain':
    case 'measure':
    case 'locate': {
      if (facts.length === 0) return `No segmented structure matches the request.${absentNote}`;
      if (action.intent === 'explain' && facts.length > OVERVIEW_ABOVE) return overview(facts) + absentNote;
      const parts = facts.map((f) => {
        const body =
          action.intent === 'explain'
            ? [f.description, ...measurementSentences(f), ...positionSentences(f)]
            : action.intent === 'measure'
              ? measurementSentences(f)
              : positionSentences(f);
        return `${f.name}: ${body.filter((s) => s.length > 0).join(' ')}`;
      });
      return parts.join('\n') + absentNote;
    }
    case 'isolate':
      return visibility('Showing only');
    case 'show':
      return visibility('Showing');
    case 'hide':
      return visibility('Hiding');
    case 'reset':
      return 'Showing all structures and resetting the view.';
    case 'list':
      return `This segmentation contains ${presentIds.length} structures: ${list(presentIds.map((id) => displayNameOf(id)))}.`;
    case 'segment':
      return `Segmentation requested${names.length > 0 ? ` for ${list(names)}` : ''}: run a segmentation model from the Segmentation panel.${absentNote}`;
    case 'unknown':
      return `I could not turn that into a viewer action.${absentNote}`;
  }
}
