import type { Volume } from '../../../../shared/domain/volume';
import { axialAxis } from '../voxel/axes';
import { labelComponents, selectComponents } from '../voxel/connectedComponents';
import { fillHolesPerSlice } from '../voxel/fillHoles';
import { andMask, andNotMask, orMask, thresholdMask, type Mask } from '../voxel/mask';
import { dilateBox, radiusMmToVox } from '../voxel/morphology';
import { segmentTorsoWall, shallowZone } from './torsoWall';
import { roundVesselVoxels } from './roundVessels';
import { isTubularVessel } from './tubularVessel';

/** Every bone component holds some voxels this dense (cortex; partial-volumed at 3 mm it still reaches it) (HU). */
export const BONE_SEED_MIN_HU = 200;
/**
 * Bone grows from the dense cores through voxels at least this dense: cancellous marrow, costal cartilage and
 * partial-volumed cortex. Tuned on the shared 3 mm CT (Dice vs TotalSegmentator bones 0.87 at 90 HU).
 */
export const BONE_GROW_MIN_HU = 90;
/** Dense components smaller than this are noise or calcifications, not bone (mL). */
const MIN_BONE_CORE_ML = 0.05;
/**
 * Every bone reaches within this depth of the muscle wall's outer surface (mm): ribs, sternum and costal
 * cartilage lie in the wall, the spine's spinous processes and the pelvis' crests just under it, limbs outside it.
 * Dense bowel contrast, calcified or contrast-filled vessels and enhancing organs lie deeper, in the visceral cavity.
 */
const WALL_DEPTH_MM = 30;
/**
 * Deep in the cavity, growth stays this close to a kept core (mm): vertebral marrow is < 15 mm from its cortex,
 * while enhancing spleen, pancreas and stomach content (> 90 HU in portal phase) that touch a core via vessels
 * lie further away.
 */
const NEAR_CORE_MM = 15;

/**
 * All bone (cortex and marrow) inside the body. Cores: 6-connected components of >= 200 HU voxels that reach the
 * outer 30 mm of the torso wall, are not tiny and are not shaped like contrast-filled vessels; components lying
 * wholly deep in the visceral cavity (bowel contrast, vessel calcification) are dropped. Bone then grows from the
 * cores through >= 90 HU voxels that are in the wall zone or within 15 mm of a core, and enclosed marrow is filled
 * slice by slice. Restricting to the body drops the table.
 * A round, uniform tube along the body axis inside the grown region (an aorta whose calcified wall touches a
 * vertebra) is then cut out with its wall, and pieces left without a core are dropped.
 */
export function segmentBones(image: Volume, body: Mask): Mask {
  const g = image.geometry;
  const { sizeIjk, spacingMm } = g;
  const shallow = shallowZone(image, body, segmentTorsoWall(image, body), WALL_DEPTH_MM);
  const dense = andMask(thresholdMask(image.voxels, BONE_SEED_MIN_HU, Infinity), body);
  const cc = labelComponents(dense, sizeIjk);
  const reachesWall = new Uint8Array(cc.components.length + 1);
  for (let n = 0; n < dense.length; n++) if (shallow[n]) reachesWall[cc.labels[n]!] = 1;
  const voxelMl = (spacingMm[0] * spacingMm[1] * spacingMm[2]) / 1000;
  const core = selectComponents(
    cc,
    (c) => reachesWall[c.label] === 1 && c.voxels * voxelMl >= MIN_BONE_CORE_ML && !isTubularVessel(image, cc.labels, c),
  );
  const nearCore = dilateBox(core, sizeIjk, radiusMmToVox(NEAR_CORE_MM, spacingMm));
  const weak = andMask(andMask(thresholdMask(image.voxels, BONE_GROW_MIN_HU, Infinity), body), orMask(nearCore, shallow));
  const wc = labelComponents(weak, sizeIjk);
  const hasCore = new Uint8Array(wc.components.length + 1);
  for (let n = 0; n < weak.length; n++) if (core[n]) hasCore[wc.labels[n]!] = 1;
  const grown = selectComponents(wc, (c) => hasCore[c.label] === 1);
  // a lumen joined to a vertebra by its calcified wall is cut off; bone pieces left without a core go with it
  const cut = andNotMask(grown, roundVesselVoxels(image, grown));
  const cc2 = labelComponents(cut, sizeIjk);
  const keepsCore = new Uint8Array(cc2.components.length + 1);
  for (let n = 0; n < cut.length; n++) if (core[n] && cut[n]) keepsCore[cc2.labels[n]!] = 1;
  const bone = selectComponents(cc2, (c) => keepsCore[c.label] === 1);
  return andMask(fillHolesPerSlice(bone, sizeIjk, axialAxis(g)), body);
}
