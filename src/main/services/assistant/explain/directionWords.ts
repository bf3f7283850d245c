import type { Vec3 } from '../../../../shared/domain/geometry';

/** Anatomical direction words for an LPS offset: +x = patient's left, +y = posterior, +z = superior. */
export type DirectionWord = 'left' | 'right' | 'anterior' | 'posterior' | 'superior' | 'inferior';

/**
 * Direction words describing `deltaLps` (mm, target minus reference), most pronounced axis first. Components
 * smaller than `thresholdMm` (default 10 mm: a few 3 mm voxels) are not named.
 */
export function directionWords(deltaLps: Vec3, thresholdMm = 10): DirectionWord[] {
  const axes: Array<{ size: number; word: DirectionWord }> = [
    { size: Math.abs(deltaLps[0]), word: deltaLps[0] > 0 ? 'left' : 'right' },
    { size: Math.abs(deltaLps[1]), word: deltaLps[1] > 0 ? 'posterior' : 'anterior' },
    { size: Math.abs(deltaLps[2]), word: deltaLps[2] > 0 ? 'superior' : 'inferior' },
  ];
  return axes
    .filter((a) => a.size >= thresholdMm)
    .sort((a, b) => b.size - a.size)
    .map((a) => a.word);
}

/** "to the left of", "superior and posterior to", ... or "at about the same place as". */
export function relationPhrase(words: readonly DirectionWord[]): string {
  if (words.length === 0) return 'at about the same position as';
  const parts = words.map((w) => (w === 'left' || w === 'right' ? `to the ${w} of` : `${w} to`));
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
