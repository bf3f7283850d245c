import { z } from 'zod';

const modelRun = z.object({ model: z.string(), version: z.string(), provider: z.string(), seconds: z.number() });
const regionEdit = z.object({ regionGrow: z.object({ seedIjk: z.array(z.number()), toleranceHu: z.number(), voxels: z.number() }) });

/**
 * A label map's provenance in words. Model runs and region edits store JSON (segmentationHandlers); attached
 * files store "file NAME". Anything else is shown as stored, so nothing is hidden.
 */
export function provenanceText(provenance: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(provenance);
  } catch {
    return provenance;
  }
  const run = modelRun.safeParse(parsed);
  if (run.success) return `${run.data.model} ${run.data.version} on ${run.data.provider}, ${run.data.seconds.toFixed(1)} s`;
  const edit = regionEdit.safeParse(parsed);
  if (edit.success) {
    const r = edit.data.regionGrow;
    return `region grown from voxel ${r.seedIjk.join(', ')} (±${r.toleranceHu} HU, ${r.voxels} voxels)`;
  }
  return provenance;
}

/** "2024-05-01 14:03" in local time from an ISO timestamp. */
export function formatCreated(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
