/**
 * Structures produced only by Ostendo's built-in (threshold and morphology based) segmenters. `lung_left` and
 * `lung_right` are built-in too but live with the organs, since total_mr produces them as well.
 * Codings of subcutaneous fat, torso fat, skeletal muscle and the trachea-and-bronchi concept follow the
 * TotalSegmentator SNOMED mapping (Apache-2.0).
 */
import { anatomical, sct, single, TISSUE } from './define';
import type { AnatomyEntry } from './types';

const BUILTIN = ['builtin'] as const;

export const BUILTIN_ENTRIES: readonly AnatomyEntry[] = [
  single({ id: 'body', name: 'Body', terms: ['body', 'body outline', 'body contour', 'body surface', 'skin', 'skin surface', 'patient outline', 'whole body', 'external contour'],
    // 38266002 and 272673000 (bones, below) are not in the TotalSegmentator mapping: they are the SNOMED CT
    // concepts "Entire body as a whole" and "Bone structure", not cross-checked by a shared file.
    groups: [], sources: BUILTIN, snomed: anatomical(sct('38266002', 'Entire body as a whole')), color: [177, 122, 101],
    description: 'Everything inside the skin surface of the patient, separated from air and the scanner table.' }),
  single({ id: 'bones', name: 'Bones', terms: ['bone mask', 'osseous structure', 'bony structure'], groups: ['bones'],
    sources: BUILTIN, snomed: anatomical(sct('272673000', 'Bone structure')), color: [241, 214, 145],
    description: 'All calcified bone of the skeleton in the scan as one structure.' }),
  single({ id: 'airways', name: 'Airways', terms: ['airway', 'trachea and bronchi', 'trachea and main bronchi', 'bronchi', 'bronchus', 'main bronchi', 'bronchial tree', 'tracheobronchial tree'],
    groups: ['airways'], sources: BUILTIN, snomed: anatomical(sct('110726009', 'Trachea and bronchus')), color: [37, 217, 237],
    description: 'The trachea and the two main bronchi: the air-filled tubes carrying air from the larynx into the lungs.' }),
  single({ id: 'subcutaneous_fat', name: 'Subcutaneous fat', terms: ['subcutaneous fat', 'subcutaneous adipose tissue', 'subcutaneous tissue', 'sat', 'fat under the skin'],
    groups: ['fat'], sources: BUILTIN, snomed: { category: TISSUE, type: sct('67769002', 'Subcutaneous fatty tissue') }, color: [255, 242, 178],
    description: 'Layer of fat between the skin and the muscles of the body wall.' }),
  single({ id: 'torso_fat', name: 'Torso fat', terms: ['torso fat', 'visceral fat', 'inner fat', 'internal fat', 'visceral adipose tissue', 'vat', 'trunk fat'],
    groups: ['fat'], sources: BUILTIN, snomed: { category: TISSUE, type: sct('55603005', 'Fat'), region: sct('22943007', 'Trunk') }, color: [250, 235, 160],
    description: 'Fat inside the muscular wall of the trunk, around the organs of the chest, abdomen and pelvis.' }),
  single({ id: 'skeletal_muscle', name: 'Skeletal muscle', terms: ['skeletal muscle', 'muscle mass', 'musculature'],
    groups: ['muscles'], sources: BUILTIN, snomed: anatomical(sct('127954009', 'Skeletal muscle')), color: [230, 130, 40],
    description: 'All voluntary muscle in the scan, such as the body wall, back and limb muscles, as one structure.' }),
];
