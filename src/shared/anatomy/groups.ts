/**
 * Named groups of structures ("ribs", "lumbar spine", "gluteal muscles"). Membership is declared on each catalog
 * entry (`groups`); this file gives every group its display name and the phrases that name it.
 */

export interface GroupDefinition {
  id: string;
  name: string;
  terms: readonly string[];
}

export const GROUP_DEFINITIONS: readonly GroupDefinition[] = [
  { id: 'lungs', name: 'Lungs', terms: ['lungs', 'lung', 'lung lobes', 'lobes of the lung', 'pulmonary lobes', 'lobes'] },
  { id: 'kidneys', name: 'Kidneys', terms: ['kidneys', 'renal'] },
  { id: 'kidney_cysts', name: 'Kidney cysts', terms: ['kidney cysts', 'renal cysts'] },
  { id: 'adrenals', name: 'Adrenal glands', terms: ['adrenals', 'adrenal glands', 'suprarenal glands'] },
  { id: 'bowel', name: 'Bowel', terms: ['bowel', 'intestine', 'intestines', 'gut', 'bowel loops'] },
  { id: 'gi_tract', name: 'Gastrointestinal tract', terms: ['gi tract', 'gastrointestinal tract', 'digestive tract', 'alimentary tract', 'digestive system'] },
  { id: 'abdominal_organs', name: 'Abdominal organs', terms: ['abdominal organs', 'solid organs', 'upper abdominal organs', 'abdominal viscera'] },
  { id: 'urinary_tract', name: 'Urinary tract', terms: ['urinary tract', 'urinary system'] },
  { id: 'airways', name: 'Airways', terms: ['airways', 'airway', 'air passages'] },
  { id: 'head', name: 'Head', terms: ['head'] },
  { id: 'cardiac', name: 'Cardiac structures', terms: ['cardiac structures', 'heart structures'] },
  { id: 'bones', name: 'Bones', terms: ['bones', 'bone', 'skeleton', 'skeletal', 'osseous', 'bony'] },
  { id: 'ribs', name: 'Ribs', terms: ['ribs', 'rib', 'costae'] },
  { id: 'rib_cage', name: 'Rib cage', terms: ['rib cage', 'ribcage', 'thoracic cage', 'bony thorax'] },
  { id: 'true_ribs', name: 'True ribs', terms: ['true ribs'] },
  { id: 'false_ribs', name: 'False ribs', terms: ['false ribs'] },
  { id: 'floating_ribs', name: 'Floating ribs', terms: ['floating ribs'] },
  { id: 'vertebrae', name: 'Vertebrae',
    terms: ['vertebrae', 'vertebra', 'spine', 'spinal column', 'vertebral column', 'backbone', 'back bone', 'vertebral bodies', 'vertebral body', 'spinal bones'] },
  { id: 'cervical_spine', name: 'Cervical spine',
    terms: ['cervical spine', 'cervical vertebrae', 'c spine', 'cspine', 'neck vertebrae', 'cervical vertebral column', 'neck spine'] },
  { id: 'thoracic_spine', name: 'Thoracic spine',
    terms: ['thoracic spine', 'thoracic vertebrae', 't spine', 'tspine', 'dorsal spine', 'dorsal vertebrae', 'chest vertebrae'] },
  { id: 'lumbar_spine', name: 'Lumbar spine',
    terms: ['lumbar spine', 'lumbar vertebrae', 'l spine', 'lspine', 'lower back vertebrae', 'lumbar column', 'low back vertebrae'] },
  { id: 'sacral_spine', name: 'Sacral spine', terms: ['sacral spine', 'sacral vertebrae'] },
  { id: 'pelvis', name: 'Pelvis', terms: ['pelvis', 'bony pelvis', 'pelvic bones', 'pelvic girdle', 'pelvic ring'] },
  { id: 'hips', name: 'Hip bones', terms: ['hips', 'hip bones'] },
  { id: 'femurs', name: 'Femurs', terms: ['femurs', 'femora', 'thigh bones', 'femoral bones'] },
  { id: 'humeri', name: 'Humeri', terms: ['humeri', 'humeruses', 'arm bones'] },
  { id: 'scapulae', name: 'Scapulae', terms: ['scapulae', 'scapulas', 'shoulder blades'] },
  { id: 'clavicles', name: 'Clavicles', terms: ['clavicles', 'collarbones', 'clavicula'] },
  { id: 'shoulder_girdle', name: 'Shoulder girdle', terms: ['shoulder girdle', 'shoulders', 'shoulder bones', 'shoulder'] },
  { id: 'muscles', name: 'Muscles', terms: ['muscles', 'muscle'] },
  { id: 'gluteal_muscles', name: 'Gluteal muscles',
    terms: ['gluteal muscles', 'gluteal', 'gluteals', 'glutes', 'glute', 'gluteus', 'gluteus muscles', 'buttock muscles', 'buttocks', 'buttock'] },
  { id: 'paraspinal_muscles', name: 'Paraspinal muscles', terms: ['paraspinal muscles', 'paraspinals', 'back muscles', 'autochthonous muscles'] },
  { id: 'iliopsoas_muscles', name: 'Iliopsoas muscles', terms: ['iliopsoas muscles', 'psoas muscles', 'hip flexors'] },
  { id: 'great_vessels', name: 'Great vessels', terms: ['great vessels', 'central vessels'] },
  { id: 'arteries', name: 'Arteries', terms: ['arteries', 'artery', 'arterial system', 'arterial'] },
  { id: 'veins', name: 'Veins', terms: ['veins', 'vein', 'venous system', 'venous'] },
  { id: 'vessels', name: 'Vessels', terms: ['vessels', 'vessel', 'blood vessels', 'vasculature', 'vascular'] },
  { id: 'iliac_arteries', name: 'Iliac arteries', terms: ['iliac arteries'] },
  { id: 'iliac_veins', name: 'Iliac veins', terms: ['iliac veins'] },
  { id: 'iliac_vessels', name: 'Iliac vessels', terms: ['iliac vessels', 'iliacs', 'iliac'] },
  { id: 'carotid_arteries', name: 'Carotid arteries', terms: ['carotids', 'carotid arteries'] },
  { id: 'subclavian_arteries', name: 'Subclavian arteries', terms: ['subclavian arteries', 'subclavians'] },
  { id: 'brachiocephalic_veins', name: 'Brachiocephalic veins', terms: ['brachiocephalic veins', 'innominate veins'] },
  { id: 'venae_cavae', name: 'Venae cavae', terms: ['venae cavae', 'vena cava', 'cavae', 'caval veins', 'cava'] },
  { id: 'fat', name: 'Fat', terms: ['fat', 'adipose tissue', 'adipose', 'body fat', 'fatty tissue'] },
];
