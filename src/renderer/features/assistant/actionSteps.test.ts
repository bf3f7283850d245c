import { describe, expect, it } from 'vitest';
import { absentSummary, actionSteps, appliedSummary, changesVisibility } from './actionSteps';
import { suggestionsFor } from './suggestions';

describe('assistant action → commands', () => {
  it('maps visibility intents to the matching structure commands', () => {
    expect(actionSteps({ intent: 'isolate', structures: ['liver', 'portal_vein_and_splenic_vein'], absent: [] }))
      .toEqual([{ name: 'structures.isolate', args: { ids: ['liver', 'portal_vein_and_splenic_vein'] } }]);
    expect(actionSteps({ intent: 'hide', structures: ['spleen'], absent: [] })).toEqual([{ name: 'structures.hide', args: { ids: ['spleen'] } }]);
    expect(actionSteps({ intent: 'reset', structures: [], absent: [] })).toEqual([{ name: 'structures.showAll', args: {} }]);
  });

  it('selects the first structure for locate/measure/explain and leaves visibility alone', () => {
    const steps = actionSteps({ intent: 'measure', structures: ['kidney_left', 'kidney_right'], absent: [] });
    expect(steps).toEqual([{ name: 'structures.select', args: { id: 'kidney_left' } }]);
    expect(changesVisibility({ intent: 'measure', structures: ['kidney_left'], absent: [] })).toBe(false);
  });

  it('does nothing for absent-only, list, segment and unknown', () => {
    expect(actionSteps({ intent: 'show', structures: [], absent: ['pancreas'] })).toEqual([]);
    expect(actionSteps({ intent: 'segment', structures: [], absent: ['pancreas'] })).toEqual([]);
    expect(actionSteps({ intent: 'unknown', structures: [], absent: [] })).toEqual([]);
    expect(changesVisibility({ intent: 'show', structures: [], absent: ['pancreas'] })).toBe(false);
  });

  it('describes the applied action and the absent structures plainly', () => {
    expect(appliedSummary({ intent: 'isolate', structures: ['liver', 'spleen', 'aorta'], absent: [] })).toBe('Isolated: liver, spleen and aorta');
    expect(absentSummary({ intent: 'show', structures: [], absent: ['pancreas'] })).toBe('Not in this segmentation: pancreas');
    expect(appliedSummary({ intent: 'show', structures: [], absent: ['pancreas'] })).toBeNull();
  });
});

describe('suggestions', () => {
  it('are built only from present structures', () => {
    const s = suggestionsFor(['liver', 'kidney_left', 'aorta']).map((x) => x.prompt);
    expect(s).toContain('Isolate the liver');
    expect(s).toContain('How big is the left kidney?');
    expect(s.join(' ')).not.toMatch(/spleen|pancreas/);
  });
  it('work for a builtin bones map and for none', () => {
    expect(suggestionsFor(['bones'])[0].prompt).toBe('Isolate the bones');
    expect(suggestionsFor([])).toEqual([]);
  });
});
