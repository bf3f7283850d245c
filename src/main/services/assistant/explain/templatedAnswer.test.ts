import { describe, expect, it } from 'vitest';
import { templatedAnswer } from './templatedAnswer';
import type { StructureFacts } from './structureFacts';

function fact(id: string, name: string, volumeMl: number, possiblyIncomplete = false): StructureFacts {
  return {
    id, name, label: 1, voxels: 10, volumeMl, intensityUnit: 'HU', intensityMean: 0, intensitySd: 0, intensityMin: 0, intensityMax: 0,
    intensityMedian: 0, extentMm: [1, 1, 1], largestDiameterMm: 1, centroidLps: [0, 0, 0], position: [], relations: [], touches: [],
    possiblyIncomplete, description: '',
  };
}

describe('templatedAnswer', () => {
  it('names what a visibility action did', () => {
    expect(templatedAnswer({ intent: 'isolate', structures: ['liver', 'spleen'], absent: [] }, [], ['liver', 'spleen'])).toBe('Showing only Liver and Spleen.');
  });
  it('says plainly when nothing named is present, instead of an empty list', () => {
    const text = templatedAnswer({ intent: 'show', structures: [], absent: ['heart'] }, [], ['liver']);
    expect(text).toBe('Nothing changed: no structure in this segmentation matches. Not in this segmentation: Heart.');
  });

  it('explains many structures as an overview, largest first, with the partial-volume caveat', () => {
    const facts = [fact('spleen', 'Spleen', 255), fact('liver', 'Liver', 1043, true), fact('gallbladder', 'Gallbladder', 36), fact('stomach', 'Stomach', 126), fact('pancreas', 'Pancreas', 17.4)];
    const text = templatedAnswer({ intent: 'explain', structures: facts.map((f) => f.id), absent: [] }, facts, facts.map((f) => f.id));
    expect(text).toBe(
      '5 segmented structures are shown, largest first: liver (1043 mL), spleen (255 mL), stomach (126 mL), gallbladder (36.0 mL) and pancreas (17.4 mL).' +
        ' 1 of them reach the edge of the scan, so their volumes may be underestimated. Ask about one of them for its measurements, position and neighbours.',
    );
  });
});
