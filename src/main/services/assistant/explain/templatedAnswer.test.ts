import { describe, expect, it } from 'vitest';
import { templatedAnswer } from './templatedAnswer';

describe('templatedAnswer', () => {
  it('names what a visibility action did', () => {
    expect(templatedAnswer({ intent: 'isolate', structures: ['liver', 'spleen'], absent: [] }, [], ['liver', 'spleen'])).toBe('Showing only Liver and Spleen.');
  });
  it('says plainly when nothing named is present, instead of an empty list', () => {
    const text = templatedAnswer({ intent: 'show', structures: [], absent: ['heart'] }, [], ['liver']);
    expect(text).toBe('Nothing changed: no structure in this segmentation matches. Not in this segmentation: Heart.');
  });
});
