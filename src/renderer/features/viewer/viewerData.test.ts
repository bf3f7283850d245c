import { describe, expect, it } from 'vitest';
import type { LabelMapSummary } from '../../../shared/ipc/contract';
import { newestLabelMap } from './useViewerData';
import { labelIndexTables } from './viewerData';

const summary = (id: string, createdAt: string, labels: number[]): LabelMapSummary => ({
  labelMapId: id, seriesId: 's', source: 'total', provenance: 'test', createdAt,
  classes: labels.map((label) => ({ label, id: `label_${label}`, name: `L${label}`, color: [1, 2, 3] })),
});

describe('viewer data helpers', () => {
  it('maps sparse label values to compact 8-bit display indices', () => {
    const { labelToIndex, indexToId } = labelIndexTables(summary('a', '2026-01-01T00:00:00Z', [5, 1, 1000]));
    expect(labelToIndex.length).toBe(1001);
    expect([labelToIndex[5], labelToIndex[1], labelToIndex[1000], labelToIndex[2]]).toEqual([1, 2, 3, 0]);
    expect(indexToId).toEqual(['', 'label_5', 'label_1', 'label_1000']);
  });
  it('picks the newest label map by creation time', () => {
    const maps = [summary('old', '2026-01-01T10:00:00Z', [1]), summary('new', '2026-03-01T09:00:00Z', [1]), summary('mid', '2026-02-01T00:00:00Z', [1])];
    expect(newestLabelMap(maps)?.labelMapId).toBe('new');
    expect(newestLabelMap([])).toBeNull();
  });
});
