/** Window/level presets (width, level) in HU for CT. */
export const CT_WINDOW_PRESETS: { id: string; label: string; width: number; level: number }[] = [
  { id: 'soft', label: 'Soft tissue', width: 400, level: 40 },
  { id: 'lung', label: 'Lung', width: 1500, level: -600 },
  { id: 'bone', label: 'Bone', width: 1800, level: 400 },
  { id: 'brain', label: 'Brain', width: 80, level: 40 },
  { id: 'liver', label: 'Liver', width: 150, level: 90 },
];
