/** A volume-rendering transfer function in the volume's units. */
export interface VolumePreset {
  id: VolumePresetId;
  name: string;
  /** [value, r, g, b] with rgb 0..1 */
  colors: Array<[number, number, number, number]>;
  /** [value, opacity 0..1] */
  opacities: Array<[number, number]>;
  shade: boolean;
}

export type VolumePresetId = 'ct-bone' | 'ct-soft-tissue' | 'ct-lung' | 'mr-default';

/** CT presets in HU (values after rescale). */
const CT_PRESETS: VolumePreset[] = [
  {
    id: 'ct-bone', name: 'CT bone', shade: true,
    colors: [[-1000, 0, 0, 0], [150, 0.55, 0.25, 0.15], [300, 0.9, 0.82, 0.66], [1500, 1, 1, 0.95]],
    opacities: [[-1000, 0], [150, 0], [250, 0.35], [700, 0.8], [3000, 0.9]],
  },
  {
    id: 'ct-soft-tissue', name: 'CT soft tissue', shade: true,
    colors: [[-1000, 0, 0, 0], [-100, 0.55, 0.35, 0.25], [40, 0.85, 0.45, 0.35], [80, 0.95, 0.7, 0.55], [400, 1, 0.95, 0.85]],
    opacities: [[-1000, 0], [-150, 0], [-50, 0.05], [40, 0.25], [120, 0.45], [400, 0.7]],
  },
  {
    // air-filled structures as a translucent shell: opaque between lung parenchyma and soft tissue
    id: 'ct-lung', name: 'CT lung / airway', shade: true,
    colors: [[-1000, 0.3, 0.55, 0.85], [-600, 0.6, 0.8, 1], [-200, 0.9, 0.9, 0.9], [200, 1, 1, 1]],
    opacities: [[-1024, 0], [-990, 0], [-900, 0.12], [-500, 0.03], [-300, 0], [3000, 0]],
  },
];

/**
 * MR has no calibrated units: the ramp is placed between the 1st and 99th intensity percentiles
 * (from the 2D auto window), so the same preset works across scanners.
 */
export function mrPreset(lowValue: number, highValue: number): VolumePreset {
  const span = Math.max(highValue - lowValue, 1e-3);
  const at = (f: number) => lowValue + f * span;
  return {
    id: 'mr-default', name: 'MR', shade: true,
    colors: [[at(0), 0, 0, 0], [at(0.3), 0.6, 0.45, 0.35], [at(0.7), 0.95, 0.85, 0.75], [at(1), 1, 1, 1]],
    opacities: [[at(0), 0], [at(0.45), 0], [at(0.75), 0.08], [at(1), 0.35]],
  };
}

export function presetsFor(modality: string, lowValue: number, highValue: number): VolumePreset[] {
  return modality === 'CT' ? CT_PRESETS : [mrPreset(lowValue, highValue)];
}
