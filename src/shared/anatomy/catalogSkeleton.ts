/**
 * Bones of the AnatomyCatalog. Ids, SNOMED CT codings and colours follow TotalSegmentator
 * (https://github.com/wasserth/TotalSegmentator, Apache-2.0); names, synonyms and descriptions are our own.
 */
import { anatomical, CT_AND_MR, CT_ONLY, pair, sct, single } from './define';
import type { AnatomyEntry, Rgb } from './types';

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** [SNOMED code of the n-th rib, left colour, right colour], n = index + 1 */
const RIBS: readonly [string, Rgb, Rgb][] = [
  ['48535007', [214, 54, 216], [91, 158, 253]], ['78247007', [181, 54, 216], [211, 216, 54]],
  ['25888004', [216, 54, 162], [216, 54, 59]], ['25523003', [54, 121, 216], [216, 54, 67]],
  ['15339008', [54, 216, 146], [157, 216, 54]], ['59558009', [121, 216, 54], [216, 54, 189]],
  ['24915002', [149, 54, 216], [216, 54, 132]], ['5953002', [216, 81, 54], [216, 203, 54]],
  ['22565002', [216, 54, 167], [216, 197, 54]], ['77644006', [54, 146, 216], [216, 159, 54]],
  ['58830002', [158, 253, 91], [54, 135, 216]], ['43993008', [216, 54, 86], [181, 216, 54]],
];

function ribGroups(n: number): string[] {
  const kind = n <= 7 ? 'true_ribs' : 'false_ribs';
  return n >= 11 ? ['bones', 'ribs', 'rib_cage', kind, 'floating_ribs'] : ['bones', 'ribs', 'rib_cage', kind];
}

function ribDescription(n: number): string {
  if (n === 1) return 'Shortest and most curved rib, lying beneath the clavicle; the subclavian vessels cross its upper surface.';
  if (n <= 7) return `The ${ORDINAL_WORDS[n - 1]} rib is a true rib: its costal cartilage joins the sternum directly.`;
  if (n <= 10) return `The ${ORDINAL_WORDS[n - 1]} rib is a false rib: its cartilage joins the cartilage of the rib above instead of the sternum.`;
  return `The ${ORDINAL_WORDS[n - 1]} rib is a floating rib: its front end ends free in the muscles of the flank.`;
}

const RIB_ENTRIES: AnatomyEntry[] = RIBS.flatMap(([code, left, right], index) => {
  const n = index + 1;
  const word = ORDINAL_WORDS[index];
  return pair({ base: `rib_${n}`, ids: { left: `rib_left_${n}`, right: `rib_right_${n}` }, name: `Rib ${n}`,
    terms: ['rib'], numberedTerms: [`rib ${n}`, `${word} rib`], groups: ribGroups(n), ordinal: n, sources: CT_ONLY,
    type: sct(code, `${word.charAt(0).toUpperCase()}${word.slice(1)} rib`), colors: { left, right }, description: ribDescription(n) });
});

type Region = 'C' | 'T' | 'L' | 'S';
const REGION_INFO: Record<Region, { word: string; group: string; text: string }> = {
  C: { word: 'cervical', group: 'cervical_spine', text: 'Cervical vertebra of the neck, with a foramen in each transverse process for the vertebral artery.' },
  T: { word: 'thoracic', group: 'thoracic_spine', text: 'Thoracic vertebra of the chest spine, with facets where the ribs articulate.' },
  L: { word: 'lumbar', group: 'lumbar_spine', text: 'Lumbar vertebra of the lower back, with a large kidney-shaped body that carries the weight of the trunk.' },
  S: { word: 'sacral', group: 'sacral_spine', text: 'First sacral segment, the top of the sacrum, which meets the last lumbar vertebra at the lumbosacral junction.' },
};

/** [name, SNOMED code, colour], from the top of the spine down */
const VERTEBRAE: readonly [string, string, Rgb][] = [
  ['C1', '14806007', [242, 217, 182]], ['C2', '39976000', [23, 254, 219]], ['C3', '113205007', [60, 35, 0]],
  ['C4', '5329002', [97, 72, 37]], ['C5', '36978003', [134, 109, 74]], ['C6', '36054005', [171, 146, 111]],
  ['C7', '87391001', [208, 183, 148]], ['T1', '64864005', [174, 149, 114]], ['T2', '53733008', [211, 186, 151]],
  ['T3', '1626008', [248, 223, 188]], ['T4', '73071006', [29, 4, 225]], ['T5', '56401006', [66, 41, 6]],
  ['T6', '45296009', [103, 78, 43]], ['T7', '62487009', [140, 115, 80]], ['T8', '11068009', [177, 152, 117]],
  ['T9', '82687006', [214, 189, 154]], ['T10', '7610001', [251, 226, 191]], ['T11', '12989004', [32, 7, 228]],
  ['T12', '23215003', [69, 44, 9]], ['L1', '66794005', [245, 220, 185]], ['L2', '14293000', [26, 1, 222]],
  ['L3', '36470004', [63, 38, 3]], ['L4', '11994002', [100, 75, 40]], ['L5', '49668003', [137, 112, 77]],
  ['S1', '65985001', [205, 180, 145]],
];

/** Vertebra ids from the top down (C1 … S1): ranges such as "T11-L2" walk this order. */
export const VERTEBRA_ORDER: readonly string[] = VERTEBRAE.map(([name]) => `vertebrae_${name}`);

const SPECIAL_VERTEBRA_TERMS: Record<string, string[]> = { C1: ['atlas'], C2: ['axis'], C7: ['vertebra prominens'] };

const VERTEBRA_ENTRIES: AnatomyEntry[] = VERTEBRAE.map(([name, code, color]) => {
  const region = name.charAt(0) as Region;
  const n = Number(name.slice(1));
  const info = REGION_INFO[region];
  const lower = name.toLowerCase();
  return single({ id: `vertebrae_${name}`, name: `${name} vertebra`,
    terms: [lower, `${lower} vertebra`, `vertebra ${lower}`, ...(SPECIAL_VERTEBRA_TERMS[name] ?? [])],
    numberedTerms: [`${ORDINAL_WORDS[n - 1]} ${info.word} vertebra`],
    groups: ['bones', 'vertebrae', info.group], ordinal: n, sources: CT_ONLY,
    snomed: anatomical(sct(code, `${name} vertebra`)), color, description: info.text });
});

export const SKELETON_ENTRIES: readonly AnatomyEntry[] = [
  ...RIB_ENTRIES,
  ...VERTEBRA_ENTRIES,
  // total_mr delivers the whole vertebral column and the discs as single labels.
  single({ id: 'vertebrae', name: 'Vertebrae', terms: ['vertebrae all', 'vertebral column all'], groups: ['bones', 'vertebrae'],
    sources: ['total_mr'], snomed: anatomical(sct('51282000', 'Vertebra')), color: [220, 200, 160],
    description: 'The stacked bones of the spinal column enclosing the spinal cord, as one structure.' }),
  single({ id: 'intervertebral_discs', name: 'Intervertebral discs', terms: ['intervertebral disc', 'disc', 'disk', 'spinal disc', 'ivd'],
    groups: [], sources: ['total_mr'], color: [120, 200, 255],
    description: 'Fibrocartilage cushions between neighbouring vertebral bodies, each with a tough outer ring and a soft gel core.' }),
  single({ id: 'sacrum', name: 'Sacrum', terms: ['sacrum', 'sacral bone'], groups: ['bones', 'pelvis', 'sacral_spine'],
    sources: CT_AND_MR, snomed: anatomical(sct('54735007', 'Sacrum')), color: [100, 216, 54],
    description: 'Triangular bone of fused sacral vertebrae at the base of the spine, wedged between the two hip bones.' }),
  ...pair({ base: 'humerus', name: 'Humerus', terms: ['humerus', 'upper arm bone', 'arm bone', 'humeral head', 'head of humerus', 'head of the humerus'], groups: ['bones', 'humeri'],
    sources: CT_AND_MR, type: sct('85050009', 'Humerus'), colors: { left: [71, 62, 248], right: [115, 46, 184] },
    description: 'Long bone of the upper arm between the shoulder and the elbow.' }),
  ...pair({ base: 'scapula', name: 'Scapula', terms: ['scapula', 'shoulder blade', 'scapular'], groups: ['bones', 'scapulae', 'shoulder_girdle'],
    sources: CT_AND_MR, type: sct('79601000', 'Scapula'), colors: { left: [253, 230, 195], right: [187, 170, 144] },
    description: 'Flat triangular bone on the back of the chest wall that forms the socket of the shoulder joint.' }),
  ...pair({ base: 'clavicula', name: 'Clavicle', terms: ['clavicle', 'clavicula', 'collarbone', 'collar bone'], groups: ['bones', 'clavicles', 'shoulder_girdle'],
    sources: CT_AND_MR, type: sct('51299004', 'Clavicle'), colors: { left: [255, 236, 201], right: [191, 174, 149] },
    description: 'S-shaped bone running across the root of the neck from the sternum to the scapula; it braces the shoulder.' }),
  ...pair({ base: 'femur', name: 'Femur', terms: ['femur', 'femoral', 'femoral bone', 'thigh bone', 'thighbone', 'femora', 'femoral head', 'femoral neck', 'head of femur', 'head of the femur'], groups: ['bones', 'femurs'],
    sources: CT_AND_MR, type: sct('71341001', 'Femur'), colors: { left: [248, 212, 62], right: [46, 184, 60] },
    description: 'Thigh bone, the longest bone of the body, from the hip joint to the knee.' }),
  ...pair({ base: 'hip', name: 'Hip bone', terms: ['hip', 'hip bone', 'os coxae', 'innominate bone', 'pelvic bone', 'iliac bone', 'ilium', 'coxal bone', 'hip joint'],
    groups: ['bones', 'hips', 'pelvis'], sources: CT_AND_MR, type: sct('29836001', 'Hip'), colors: { left: [230, 248, 62], right: [184, 46, 184] },
    description: 'Hip bone (ilium, ischium and pubis fused), forming with the sacrum the bony pelvis and the socket of the hip joint.' }),
  single({ id: 'skull', name: 'Skull', terms: ['skull', 'cranium', 'cranial bone'], groups: ['bones', 'head'],
    sources: CT_ONLY, snomed: anatomical(sct('89546000', 'Skull')), color: [245, 225, 200],
    description: 'Bony case of the head enclosing the brain and forming the framework of the face.' }),
  single({ id: 'sternum', name: 'Sternum', terms: ['sternum', 'breastbone', 'breast bone', 'sternal'], groups: ['bones', 'rib_cage'],
    sources: CT_ONLY, snomed: anatomical(sct('56873002', 'Sternum')), color: [215, 195, 165],
    description: 'Flat bone in the front of the chest (manubrium, body and xiphoid process) to which the upper ribs attach through cartilage.' }),
  single({ id: 'costal_cartilages', name: 'Costal cartilages', terms: ['costal cartilage', 'rib cartilage'], groups: ['rib_cage'],
    sources: CT_ONLY, snomed: anatomical(sct('50016007', 'Costal cartilage')), color: [250, 220, 190],
    description: 'Bars of hyaline cartilage joining the front ends of the ribs to the sternum, giving the chest wall its elasticity.' }),
];
