import { z } from 'zod';

/**
 * The `job.done` result of a 'segmentation' job. The contract types job results as unknown, so the panel parses
 * the fields it uses here (the main side builds them in segmentationHandlers).
 */
export const segmentationResultSchema = z.object({
  labelMap: z.object({ labelMapId: z.string().min(1), source: z.string(), classes: z.array(z.object({ id: z.string() })) }),
  provider: z.string(),
  seconds: z.number(),
  warnings: z.array(z.string()),
});

export type SegmentationResult = z.output<typeof segmentationResultSchema>;

/** "12.3 s" / "1 min 05 s": the time a run took, as people read it. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : seconds.toFixed(0)} s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return `${m} min ${String(s).padStart(2, '0')} s`;
}
