import { describe, expect, it } from 'vitest';
import { formatCreated, provenanceText } from './provenanceText';

describe('provenanceText', () => {
  it('reads model runs, region edits and attached files', () => {
    expect(provenanceText(JSON.stringify({ model: 'builtin:bones', version: 'built-in', provider: 'cpu (builtin TypeScript)', seconds: 1.234 })))
      .toBe('builtin:bones built-in on cpu (builtin TypeScript), 1.2 s');
    expect(provenanceText(JSON.stringify({ regionGrow: { seedIjk: [1, 2, 3], toleranceHu: 80, voxels: 512, reference: 40 }, from: null })))
      .toBe('region grown from voxel 1, 2, 3 (±80 HU, 512 voxels)');
    expect(provenanceText('file labels.nii.gz')).toBe('file labels.nii.gz');
    expect(provenanceText('{"unexpected":1}')).toBe('{"unexpected":1}');
  });
  it('formats creation time and keeps unparsable stamps', () => {
    expect(formatCreated('not a date')).toBe('not a date');
    expect(formatCreated('2024-05-01T14:03:00')).toBe('2024-05-01 14:03');
  });
});
