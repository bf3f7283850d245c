/**
 * Held-out style prompts written for Ostendo (not the shared dev sample): every intent, laterality, ranges,
 * complements, typos, multi-turn context, absent structures and the segment offer.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_STRUCTURE_IDS, TOTAL_CLASS_IDS, TOTAL_MR_CLASS_IDS } from '../../src/shared/anatomy';
import type { SceneIntent } from '../../src/shared/domain/sceneAction';
import { interpret, type InterpretContext } from '../../src/main/services/assistant/interpreter/interpret';

const ribs = (side: 'left' | 'right', from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `rib_${side}_${from + i}`);
const vertebrae = (...names: string[]): string[] => names.map((n) => `vertebrae_${n}`);

/** A chest-abdomen field of view: ribs 6-12, T8-L3, no pelvis, no neck. */
const CHEST_ABDOMEN = [
  'liver', 'spleen', 'kidney_left', 'kidney_right', 'gallbladder', 'stomach', 'pancreas', 'adrenal_gland_left', 'adrenal_gland_right',
  'lung_lower_lobe_left', 'lung_lower_lobe_right', 'lung_middle_lobe_right', 'heart', 'aorta', 'inferior_vena_cava', 'esophagus',
  'duodenum', 'colon', 'small_bowel', 'autochthon_left', 'autochthon_right', 'spinal_cord', 'sternum',
  ...ribs('left', 6, 12), ...ribs('right', 6, 12), ...vertebrae('T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3'),
];
const SCANS: Record<string, readonly string[]> = {
  total: TOTAL_CLASS_IDS,
  chest: CHEST_ABDOMEN,
  mr: TOTAL_MR_CLASS_IDS,
  builtin: BUILTIN_STRUCTURE_IDS,
  custom: ['liver', 'region_1', 'label_7'],
};

type Case = [prompt: string, scan: string, intents: SceneIntent[], structures: string[], absent: string[], context?: InterpretContext];

function check([prompt, scan, intents, structures, absent, context]: Case): void {
  const action = interpret(prompt, SCANS[scan], context);
  expect(intents, `${prompt} → ${JSON.stringify(action)}`).toContain(action.intent);
  expect([...action.structures].sort(), prompt).toEqual([...structures].sort());
  expect([...action.absent].sort(), prompt).toEqual([...absent].sort());
}

const VIEW: SceneIntent[] = ['isolate', 'show'];

describe('interpreter: intents', () => {
  it.each<Case>([
    ['please isolate the pancreas', 'total', ['isolate'], ['pancreas'], []],
    ['can you display the stomach for me', 'total', ['show'], ['stomach'], []],
    ['take away the liver', 'total', ['hide'], ['liver'], []],
    ["don't show the colon", 'total', ['hide'], ['colon'], []],
    ['how large is the spleen?', 'total', ['measure'], ['spleen'], []],
    ['what is the mean HU of the left kidney', 'total', ['measure'], ['kidney_left'], []],
    ['show me where the gallbladder is', 'total', ['locate'], ['gallbladder'], []],
    ['find the thyroid', 'total', ['locate'], ['thyroid_gland'], []],
    ['describe the duodenum', 'total', ['explain'], ['duodenum'], []],
    ['what does the adrenal gland do', 'total', ['explain'], ['adrenal_gland_left', 'adrenal_gland_right'], []],
    ['what organs are in this segmentation?', 'total', ['list'], [], []],
    ['back to default please', 'total', ['reset'], [], []],
    ['unhide everything', 'total', ['reset'], [], []],
    ['segment the spleen', 'builtin', ['segment'], [], ['spleen']],
    ['good morning', 'total', ['unknown'], [], []],
    ['is the gallbladder present?', 'total', ['list'], ['gallbladder'], []],
    ['centre the view on the aorta', 'total', ['locate'], ['aorta'], []],
    ['how much does the liver weigh', 'total', ['measure'], ['liver'], []],
  ])('%s', (...c) => check(c));
});

describe('interpreter: the screen itself ("explain what I\'m seeing")', () => {
  it.each<Case>([
    ["explain what I'm seeing", 'total', ['explain'], ['liver', 'spleen'], [], { visible: ['liver', 'spleen', 'prostate_not_a_structure'] }],
    ['what am I looking at?', 'builtin', ['explain'], [...BUILTIN_STRUCTURE_IDS], []],
    ["how big is what's on screen", 'total', ['measure'], ['kidney_left'], [], { visible: ['kidney_left'] }],
    ['what organs are in this scan?', 'total', ['list'], [], []],
  ])('%s', (...c) => check(c));
});

describe('interpreter: laterality, groups, ranges', () => {
  it.each<Case>([
    ['the kidney on the left side', 'total', VIEW, ['kidney_left'], []],
    ['R adrenal', 'total', VIEW, ['adrenal_gland_right'], []],
    ['right and left femurs', 'total', VIEW, ['femur_left', 'femur_right'], []],
    ['show the right lung', 'total', VIEW, ['lung_upper_lobe_right', 'lung_middle_lobe_right', 'lung_lower_lobe_right'], []],
    ['show the right lung', 'mr', VIEW, ['lung_right'], []],
    ['left lung', 'builtin', VIEW, ['lung_left'], []],
    ['hide the right ribs', 'chest', ['hide'], ribs('right', 6, 12), []],
    ['ribs 1 to 3 on the right', 'total', VIEW, ribs('right', 1, 3), []],
    ['the 4th through 6th left ribs', 'total', VIEW, ribs('left', 4, 6), []],
    ['right ribs 10-12', 'total', VIEW, ribs('right', 10, 12), []],
    ['show the floating ribs', 'total', VIEW, [...ribs('left', 11, 12), ...ribs('right', 11, 12)], []],
    ['T11-L2', 'total', VIEW, vertebrae('T11', 'T12', 'L1', 'L2'), []],
    ['show L1 to L3', 'total', VIEW, vertebrae('L1', 'L2', 'L3'), []],
    ['L4-5', 'total', VIEW, vertebrae('L4', 'L5'), []],
    ['cervical spine', 'total', VIEW, vertebrae('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'), []],
    ['the second lumbar vertebra', 'total', VIEW, vertebrae('L2'), []],
    ['thoracic vertebrae', 'chest', VIEW, vertebrae('T8', 'T9', 'T10', 'T11', 'T12'), []],
    ['glutes', 'total', VIEW, ['gluteus_maximus_left', 'gluteus_maximus_right', 'gluteus_medius_left', 'gluteus_medius_right', 'gluteus_minimus_left', 'gluteus_minimus_right'], []],
    ['the collarbones and shoulder blades', 'total', VIEW, ['clavicula_left', 'clavicula_right', 'scapula_left', 'scapula_right'], []],
    ['windpipe and gullet', 'total', VIEW, ['trachea', 'esophagus'], []],
    ['iliac vessels on the right', 'total', VIEW, ['iliac_artery_right', 'iliac_vena_right'], []],
    ['show the bowel', 'mr', VIEW, ['small_bowel', 'duodenum', 'colon'], []],
    ['show the spine', 'mr', VIEW, ['vertebrae'], []],
    ['the small and large bowel', 'total', VIEW, ['small_bowel', 'colon'], []],
    ['the left femoral head', 'total', VIEW, ['femur_left'], []],
    ['the lingula', 'total', VIEW, ['lung_upper_lobe_left'], []],
  ])('%s (%s)', (...c) => check(c));
});

describe('interpreter: complements, typos, context', () => {
  const allBut = (scan: string, excluded: string[]): string[] => SCANS[scan].filter((id) => !excluded.includes(id));
  it.each<Case>([
    ['everything except the ribs', 'chest', ['isolate'], allBut('chest', [...ribs('left', 6, 12), ...ribs('right', 6, 12)]), []],
    ['hide all but the kidneys', 'chest', ['isolate'], ['kidney_left', 'kidney_right'], []],
    ['show everything other than the heart and aorta', 'chest', ['isolate'], allBut('chest', ['heart', 'aorta']), []],
    ['show the lumbar spine except L3', 'chest', VIEW, vertebrae('L1', 'L2'), []],
    ['isolate the spleeen', 'total', ['isolate'], ['spleen'], []],
    ['shwo the pancraes', 'total', ['show'], ['pancreas'], []],
    ['hide the gallbaldder', 'total', ['hide'], ['gallbladder'], []],
    ['left kindey', 'total', VIEW, ['kidney_left'], []],
    ['the vertebra', 'chest', VIEW, vertebrae('T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3'), []],
    ['now hide it', 'total', ['hide'], ['liver'], [], { lastStructures: ['liver'] }],
    ['and the spleen too', 'total', VIEW, ['liver', 'spleen'], [], { lastStructures: ['liver'] }],
    ['and the spleen too', 'total', ['hide'], ['liver', 'spleen'], [], { lastStructures: ['liver'], lastIntent: 'hide' }],
    ['how big is it', 'total', ['measure'], ['kidney_left'], [], { lastStructures: ['kidney_left'] }],
    ['now the other one', 'total', VIEW, ['kidney_right'], [], { lastStructures: ['kidney_left'] }],
    ['hide everything else', 'total', ['isolate'], ['liver'], [], { lastStructures: ['liver'] }],
  ])('%s (%s)', (...c) => check(c));
});

describe('interpreter: absent structures and the segment offer', () => {
  it.each<Case>([
    ['show the femurs', 'chest', VIEW, [], ['femur_left', 'femur_right']],
    ['show rib 2 on the left', 'chest', VIEW, [], ['rib_left_2']],
    ['ribs 5 to 7 on the left', 'chest', VIEW, ['rib_left_6', 'rib_left_7'], ['rib_left_5']],
    ['show L5', 'chest', VIEW, [], ['vertebrae_L5']],
    ['show the ovaries', 'total', VIEW, [], ['ovaries']],
    ['show the liver and the appendix', 'total', VIEW, ['liver'], ['appendix']],
    ['the coronary arteries', 'total', ['unknown', 'show', 'isolate'], [], ['coronary arteries']],
    ['show the liver', 'builtin', ['segment'], [], ['liver']],
    ['hide the liver', 'builtin', ['hide'], [], ['liver']],
    ['where is the kidney', 'builtin', ['segment'], [], ['kidney_left', 'kidney_right']],
    ['show the body outline', 'total', ['segment'], [], ['body']],
    ['show region 1', 'custom', VIEW, ['region_1'], []],
    ['label 7', 'custom', VIEW, ['label_7'], []],
  ])('%s (%s)', (...c) => check(c));

  it('never returns a structure that is not present, and is deterministic', () => {
    const present = ['liver', 'rib_left_7'];
    for (const prompt of ['show everything', 'hide all', 'all ribs', 'left lung', 'everything except the liver', 'T1-L5']) {
      const a = interpret(prompt, present);
      expect(a.structures.every((id) => present.includes(id)), prompt).toBe(true);
      expect(interpret(prompt, present)).toEqual(a);
    }
  });
});
