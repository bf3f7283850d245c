/**
 * Vessels and muscles of the AnatomyCatalog. Ids, SNOMED CT codings and colours follow TotalSegmentator
 * (https://github.com/wasserth/TotalSegmentator, Apache-2.0); names, synonyms and descriptions are our own.
 */
import { anatomical, CT_AND_MR, CT_ONLY, pair, sct, single } from './define';
import type { AnatomyEntry } from './types';

const ARTERIES = ['vessels', 'arteries'];
const VEINS = ['vessels', 'veins'];

export const VESSEL_ENTRIES: readonly AnatomyEntry[] = [
  single({ id: 'aorta', name: 'Aorta', terms: ['aorta', 'aortic', 'main artery', 'aortic arch', 'thoracic aorta', 'abdominal aorta', 'ascending aorta', 'descending aorta'], groups: [...ARTERIES, 'great_vessels'],
    sources: CT_AND_MR, snomed: anatomical(sct('15825003', 'Aorta')), color: [216, 108, 54],
    description: 'Main artery of the body, rising from the left ventricle, arching over the heart and descending along the spine to divide into the iliac arteries.' }),
  single({ id: 'pulmonary_vein', name: 'Pulmonary veins', terms: ['pulmonary vein', 'pulmonary veins', 'lung veins'], groups: [...VEINS, 'great_vessels'],
    sources: CT_ONLY, snomed: anatomical(sct('122972007', 'Pulmonary vein')), color: [37, 107, 237],
    description: 'Veins that return oxygenated blood from the lungs to the left atrium of the heart.' }),
  single({ id: 'brachiocephalic_trunk', name: 'Brachiocephalic trunk', terms: ['brachiocephalic trunk', 'brachiocephalic artery', 'innominate artery'],
    groups: ARTERIES, sources: CT_ONLY, snomed: anatomical(sct('12691009', 'Brachiocephalic artery')), color: [190, 10, 10],
    description: 'First branch of the aortic arch, dividing behind the right sternoclavicular joint into the right subclavian and right common carotid arteries.' }),
  ...pair({ base: 'subclavian_artery', name: 'Subclavian artery', terms: ['subclavian artery', 'subclavian'], groups: [...ARTERIES, 'subclavian_arteries'],
    sources: CT_ONLY, type: sct('29700009', 'Subclavian artery'), colors: { left: [218, 34, 34], right: [162, 26, 26] },
    description: 'Artery arching over the first rib beneath the clavicle to supply the arm; the left arises from the aortic arch, the right from the brachiocephalic trunk.' }),
  ...pair({ base: 'common_carotid_artery', name: 'Common carotid artery', terms: ['common carotid artery', 'carotid artery', 'carotid', 'common carotid'],
    groups: [...ARTERIES, 'carotid_arteries'], sources: CT_ONLY, type: sct('32062004', 'Common carotid artery'),
    colors: { left: [230, 23, 23], right: [170, 17, 17] },
    description: 'Artery running up the side of the neck that divides into the internal carotid (brain) and external carotid (face and scalp).' }),
  ...pair({ base: 'brachiocephalic_vein', name: 'Brachiocephalic vein', terms: ['brachiocephalic vein', 'innominate vein'],
    groups: [...VEINS, 'brachiocephalic_veins'], sources: CT_ONLY, type: sct('8887007', 'Brachiocephalic vein'),
    colors: { left: [0, 92, 241], right: [0, 68, 178] },
    description: 'Vein formed behind the sternoclavicular joint by the internal jugular and subclavian veins; the two join to form the superior vena cava.' }),
  single({ id: 'atrial_appendage_left', name: 'Left atrial appendage', laterality: 'left',
    terms: ['atrial appendage', 'auricle', 'auricular appendage', 'laa', 'left atrial appendage'], groups: ['cardiac'],
    sources: CT_ONLY, snomed: anatomical(sct('68786006', 'Auricular appendage'), 'left'), color: [68, 248, 62],
    description: 'Small finger-like pouch of the left atrium; slow flow inside it makes it a common site of clot in atrial fibrillation.' }),
  single({ id: 'superior_vena_cava', name: 'Superior vena cava', terms: ['superior vena cava', 'svc', 'superior caval vein'],
    groups: [...VEINS, 'great_vessels', 'venae_cavae'], sources: CT_ONLY, snomed: anatomical(sct('48345005', 'Superior vena cava')), color: [74, 144, 18],
    description: 'Large vein returning blood from the head, neck and arms into the right atrium.' }),
  single({ id: 'inferior_vena_cava', name: 'Inferior vena cava', terms: ['inferior vena cava', 'ivc', 'inferior caval vein'],
    groups: [...VEINS, 'great_vessels', 'venae_cavae'], sources: CT_AND_MR, snomed: anatomical(sct('64131007', 'Inferior vena cava')), color: [0, 70, 200],
    description: 'Largest vein of the body, running up the right side of the spine behind the liver to return blood from the legs and abdomen to the right atrium.' }),
  single({ id: 'portal_vein_and_splenic_vein', name: 'Portal and splenic vein',
    terms: ['portal vein and splenic vein', 'portal vein', 'splenic vein', 'portal venous system', 'portal system', 'portal', 'pv'],
    groups: VEINS, sources: CT_AND_MR, snomed: anatomical(sct('110765007', 'Portal vein and splenic vein')), color: [0, 90, 220],
    description: 'The splenic vein runs behind the pancreas and joins the superior mesenteric vein to form the portal vein, which carries blood from the gut to the liver.' }),
  ...pair({ base: 'iliac_artery', name: 'Common iliac artery', terms: ['iliac artery', 'common iliac artery'], groups: [...ARTERIES, 'iliac_arteries', 'iliac_vessels'],
    sources: CT_AND_MR, type: sct('73634005', 'Common iliac artery'), colors: { left: [218, 0, 0], right: [162, 0, 0] },
    description: 'Terminal branch of the abdominal aorta supplying the pelvis and leg.' }),
  ...pair({ base: 'iliac_vena', name: 'Common iliac vein', terms: ['iliac vein', 'common iliac vein', 'iliac vena'], groups: [...VEINS, 'iliac_veins', 'iliac_vessels'],
    sources: CT_AND_MR, type: sct('46027005', 'Common iliac vein'), colors: { left: [0, 92, 230], right: [0, 68, 170] },
    description: 'Vein draining the pelvis and leg; the two join to form the inferior vena cava.' }),
];

const GLUTEAL = ['muscles', 'gluteal_muscles'];

export const MUSCLE_ENTRIES: readonly AnatomyEntry[] = [
  ...pair({ base: 'gluteus_maximus', name: 'Gluteus maximus', terms: ['gluteus maximus', 'gluteus maximus muscle', 'gluteal maximus', 'glute max'],
    groups: GLUTEAL, sources: CT_AND_MR, type: sct('181674001', 'Gluteus maximus muscle'), colors: { left: [253, 115, 34], right: [187, 85, 26] },
    description: 'Largest and most superficial buttock muscle; it extends and laterally rotates the hip.' }),
  ...pair({ base: 'gluteus_medius', name: 'Gluteus medius', terms: ['gluteus medius', 'gluteus medius muscle', 'glute med'],
    groups: GLUTEAL, sources: CT_AND_MR, type: sct('78333006', 'Gluteus medius muscle'), colors: { left: [255, 126, 46], right: [196, 94, 34] },
    description: 'Fan-shaped muscle on the outer surface of the ilium, beneath gluteus maximus; it abducts the hip and steadies the pelvis when walking.' }),
  ...pair({ base: 'gluteus_minimus', name: 'Gluteus minimus', terms: ['gluteus minimus', 'gluteus minimus muscle', 'glute min'],
    groups: GLUTEAL, sources: CT_AND_MR, type: sct('75297007', 'Gluteus minimus muscle'), colors: { left: [255, 138, 57], right: [204, 102, 42] },
    description: 'Smallest and deepest gluteal muscle, beneath gluteus medius; it abducts and medially rotates the hip.' }),
  ...pair({ base: 'autochthon', name: 'Autochthonous back muscles',
    terms: ['autochthon', 'autochthonous muscle', 'autochthonous back muscle', 'deep back muscle', 'erector spinae', 'paraspinal muscle', 'paraspinal',
      'paravertebral muscle', 'back muscle', 'spinal erector'],
    groups: ['muscles', 'paraspinal_muscles'], sources: CT_AND_MR, type: sct('244849004', 'Deep muscle of back'),
    colors: { left: [241, 126, 57], right: [178, 94, 42] },
    description: 'Deep back muscles (erector spinae and transversospinalis) running alongside the vertebral column; they extend and stabilise the spine.' }),
  ...pair({ base: 'iliopsoas', name: 'Iliopsoas', terms: ['iliopsoas', 'iliopsoas muscle', 'psoas', 'psoas muscle', 'psoas major', 'hip flexor', 'iliacus'],
    groups: ['muscles', 'iliopsoas_muscles'], sources: CT_AND_MR, type: sct('68455001', 'Iliopsoas muscle'),
    colors: { left: [230, 115, 46], right: [170, 85, 34] },
    description: 'Combined psoas major and iliacus, running from the lumbar spine and iliac fossa to the lesser trochanter of the femur; the main flexor of the hip.' }),
];
