/**
 * Organs of the AnatomyCatalog. Ids, SNOMED CT codings and colours follow TotalSegmentator
 * (https://github.com/wasserth/TotalSegmentator, Apache-2.0); names, synonyms and descriptions are our own.
 */
import { anatomical, CT_AND_MR, CT_ONLY, pair, sct, single } from './define';
import type { AnatomyEntry } from './types';

const LUNG = sct('39607008', 'Lung');
const UPPER_LOBE = sct('45653009', 'Upper lobe of lung');
const LOWER_LOBE = sct('90572001', 'Lower lobe of lung');
const CYST_CATEGORY = sct('49755003', 'Morphologically Altered Structure');
const CYST = sct('367643001', 'Cyst');
const KIDNEY = sct('64033007', 'Kidney');
const LUNG_LOBE_DESCRIPTION = ' It is separated from the neighbouring lobes by fissures and has its own lobar bronchus.';

export const ORGAN_ENTRIES: readonly AnatomyEntry[] = [
  single({ id: 'spleen', name: 'Spleen', terms: ['spleen', 'splenic', 'lien'], groups: ['abdominal_organs'],
    sources: CT_AND_MR, snomed: anatomical(sct('78961009', 'Spleen')), color: [50, 170, 60],
    description: 'Lymphoid organ in the left upper abdomen beneath the diaphragm that filters blood and removes old red cells.' }),
  ...pair({ base: 'kidney', name: 'Kidney', terms: ['kidney', 'renal', 'ren'], groups: ['kidneys', 'abdominal_organs', 'urinary_tract'],
    sources: CT_AND_MR, type: KIDNEY, colors: { left: [46, 138, 184], right: [34, 102, 136] },
    description: 'Bean-shaped retroperitoneal organ that filters blood to form urine; the right kidney usually lies a little lower than the left because of the liver.' }),
  single({ id: 'gallbladder', name: 'Gallbladder', terms: ['gallbladder', 'gall bladder', 'gb', 'cholecyst'], groups: ['abdominal_organs'],
    sources: CT_AND_MR, snomed: anatomical(sct('28231008', 'Gallbladder')), color: [54, 216, 119],
    description: 'Pear-shaped sac on the underside of the liver that stores and concentrates bile.' }),
  single({ id: 'liver', name: 'Liver', terms: ['liver', 'hepatic', 'hepar'], groups: ['abdominal_organs'],
    sources: CT_AND_MR, snomed: anatomical(sct('10200004', 'Liver')), color: [40, 140, 40],
    description: 'Largest solid organ of the abdomen, in the right upper quadrant under the diaphragm; it makes bile, stores glycogen and processes nutrients and drugs.' }),
  single({ id: 'stomach', name: 'Stomach', terms: ['stomach', 'gastric', 'tummy'], groups: ['abdominal_organs', 'gi_tract'],
    sources: CT_AND_MR, snomed: anatomical(sct('69695003', 'Stomach')), color: [180, 70, 160],
    description: 'J-shaped muscular sac of the upper abdomen between the oesophagus and the duodenum, where food is mixed with acid and enzymes.' }),
  single({ id: 'pancreas', name: 'Pancreas', terms: ['pancreas', 'pancreatic'], groups: ['abdominal_organs'],
    sources: CT_AND_MR, snomed: anatomical(sct('15776009', 'Pancreas')), color: [60, 150, 80],
    description: 'Retroperitoneal gland lying across the upper abdomen behind the stomach, with its head in the curve of the duodenum; it secretes digestive enzymes and insulin.' }),
  ...pair({ base: 'adrenal_gland', name: 'Adrenal gland', terms: ['adrenal gland', 'adrenal', 'suprarenal gland', 'suprarenal'],
    groups: ['adrenals', 'abdominal_organs'], sources: CT_AND_MR, type: sct('23451007', 'Adrenal gland'),
    colors: { left: [241, 172, 34], right: [178, 128, 26] },
    description: 'Small endocrine gland capping the upper pole of the kidney that produces cortisol, aldosterone and adrenaline.' }),
  ...pair({ base: 'lung_upper_lobe', name: 'Upper lobe of lung', terms: ['upper lobe', 'upper lobe of lung', 'upper lung lobe', 'superior lobe', 'lung upper lobe'],
    ids: { left: 'lung_upper_lobe_left', right: 'lung_upper_lobe_right' }, groups: ['lungs'], sources: CT_ONLY,
    type: UPPER_LOBE, colors: { left: [71, 232, 244], right: [100, 218, 227] },
    sideTerms: { left: ['lingula', 'lul', 'left upper lobe'], right: ['rul', 'right upper lobe'] },
    description: 'Topmost lobe of the lung, reaching up into the root of the neck; on the left it includes the lingula.' + LUNG_LOBE_DESCRIPTION }),
  single({ id: 'lung_middle_lobe_right', name: 'Middle lobe of right lung', laterality: 'right',
    terms: ['middle lobe', 'middle lobe of lung', 'middle lung lobe', 'lung middle lobe', 'rml', 'right middle lobe'], groups: ['lungs'],
    sources: CT_ONLY, snomed: anatomical(sct('72481006', 'Middle lobe of right lung')), color: [63, 181, 190],
    description: 'Smallest lobe of the right lung, lying in front between the horizontal and oblique fissures.' + LUNG_LOBE_DESCRIPTION }),
  ...pair({ base: 'lung_lower_lobe', name: 'Lower lobe of lung', terms: ['lower lobe', 'lower lobe of lung', 'lower lung lobe', 'inferior lobe', 'lung lower lobe'],
    ids: { left: 'lung_lower_lobe_left', right: 'lung_lower_lobe_right' }, groups: ['lungs'], sources: CT_ONLY,
    type: LOWER_LOBE, colors: { left: [34, 195, 207], right: [26, 144, 153] },
    sideTerms: { left: ['lll', 'left lower lobe'], right: ['rll', 'right lower lobe'] },
    description: 'Largest, posterior and basal lobe of the lung, resting on the diaphragm.' + LUNG_LOBE_DESCRIPTION }),
  // total_mr and the built-in lung segmenter deliver whole lungs rather than lobes; no TotalSegmentator row codes them,
  // so the coding is Lung (39607008) with a laterality modifier.
  ...pair({ base: 'lung', name: 'Lung', terms: ['whole lung', 'lung whole'], groups: ['lungs'], sources: ['total_mr', 'builtin'],
    type: LUNG, colors: { left: [70, 200, 230], right: [40, 160, 200] },
    description: 'Spongy air-filled organ of respiration in the chest, wrapped in pleura; the right lung has three lobes and the left two.' }),
  single({ id: 'esophagus', name: 'Oesophagus', terms: ['esophagus', 'oesophagus', 'gullet', 'food pipe', 'foodpipe', 'esophageal', 'oesophageal'],
    groups: ['gi_tract'], sources: CT_AND_MR, snomed: anatomical(sct('32849002', 'Esophagus')), color: [190, 90, 170],
    description: 'Muscular tube carrying swallowed food from the pharynx through the chest, behind the trachea and heart, to the stomach.' }),
  single({ id: 'trachea', name: 'Trachea', terms: ['trachea', 'windpipe', 'wind pipe', 'tracheal'], groups: ['airways'],
    sources: CT_ONLY, snomed: anatomical(sct('44567001', 'Trachea')), color: [0, 180, 200],
    description: 'Cartilage-ringed airway running from the larynx down the front of the neck into the chest, where it divides into the two main bronchi.' }),
  single({ id: 'thyroid_gland', name: 'Thyroid gland', terms: ['thyroid gland', 'thyroid'], groups: [],
    sources: CT_ONLY, snomed: anatomical(sct('69748006', 'Thyroid gland')), color: [250, 210, 60],
    description: 'Butterfly-shaped endocrine gland wrapped around the front of the trachea below the larynx; it makes thyroid hormones.' }),
  single({ id: 'small_bowel', name: 'Small bowel', terms: ['small bowel', 'small intestine', 'small intestines', 'jejunum', 'ileum', 'jejunum and ileum'],
    groups: ['bowel', 'gi_tract'], sources: CT_AND_MR, snomed: anatomical(sct('30315005', 'Small intestine')), color: [160, 60, 180],
    description: 'Long coiled part of the intestine between the duodenum and the colon (jejunum and ileum), where most nutrients are absorbed.' }),
  single({ id: 'duodenum', name: 'Duodenum', terms: ['duodenum', 'duodenal'], groups: ['bowel', 'gi_tract'],
    sources: CT_AND_MR, snomed: anatomical(sct('38848004', 'Duodenum')), color: [170, 80, 190],
    description: 'First, C-shaped part of the small intestine curving around the head of the pancreas; bile and pancreatic juice enter it.' }),
  single({ id: 'colon', name: 'Colon', terms: ['colon', 'large bowel', 'large intestine', 'colonic'], groups: ['bowel', 'gi_tract'],
    sources: CT_AND_MR, snomed: anatomical(sct('71854001', 'Colon')), color: [150, 40, 170],
    description: 'Large intestine framing the abdomen from the caecum to the rectum; it absorbs water and forms stool.' }),
  single({ id: 'urinary_bladder', name: 'Urinary bladder', terms: ['urinary bladder', 'bladder', 'vesica'], groups: ['urinary_tract'],
    sources: CT_AND_MR, snomed: anatomical(sct('89837001', 'Urinary bladder')), color: [54, 94, 216],
    description: 'Hollow muscular organ in the pelvis, behind the pubic bones, that stores urine.' }),
  single({ id: 'prostate', name: 'Prostate', terms: ['prostate', 'prostate gland', 'prostatic'], groups: [],
    sources: CT_AND_MR, snomed: anatomical(sct('41216001', 'Prostate')), color: [91, 253, 156],
    description: 'Male gland below the bladder that surrounds the proximal urethra and contributes to seminal fluid.' }),
  ...pair({ base: 'kidney_cyst', name: 'Kidney cyst', terms: ['kidney cyst', 'renal cyst', 'cyst'],
    groups: ['kidney_cysts'], sources: CT_ONLY, colors: { left: [83, 175, 221], right: [71, 139, 173] },
    codings: {
      left: { category: CYST_CATEGORY, type: CYST, region: KIDNEY, regionModifier: sct('7771000', 'Left') },
      right: { category: CYST_CATEGORY, type: CYST, region: KIDNEY, regionModifier: sct('24028007', 'Right') },
    },
    description: 'Fluid-filled sac arising in the kidney; simple cysts are common and usually harmless.' }),
  single({ id: 'heart', name: 'Heart', terms: ['heart', 'cardiac silhouette'], groups: ['cardiac'],
    sources: CT_AND_MR, snomed: anatomical(sct('80891009', 'Heart')), color: [180, 0, 40],
    description: 'Four-chambered muscular pump in the middle mediastinum, resting on the diaphragm inside the pericardium.' }),
  single({ id: 'brain', name: 'Brain', terms: ['brain', 'cerebrum', 'cerebral'], groups: ['head'],
    sources: CT_AND_MR, snomed: anatomical(sct('12738006', 'Brain')), color: [216, 54, 149],
    description: 'Central organ of the nervous system inside the skull, made of the cerebrum, cerebellum and brainstem.' }),
  single({ id: 'spinal_cord', name: 'Spinal cord', terms: ['spinal cord', 'cord', 'medulla spinalis'], groups: [],
    sources: CT_AND_MR, snomed: anatomical(sct('2748008', 'Spinal cord')), color: [255, 215, 0],
    description: 'Column of nerve tissue running from the brainstem down the vertebral canal, carrying signals between brain and body.' }),
];
