import fs from 'node:fs';
import { z } from 'zod';
import { getBuiltinClassMap, labelClassFor } from '../../../../shared/anatomy';
import type { ClassMap } from '../../../../shared/domain/labels';
import { OstendoError } from '../../../../shared/errors';
import { allBuiltinClassMap } from '../builtin/builtinClassMap';

const labelClassSchema = z.object({
  label: z.number().int().min(1).max(65535),
  id: z.string().min(1),
  name: z.string().optional(),
  color: z.tuple([z.number(), z.number(), z.number()]).optional(),
});
/** A class-map file: a ClassMap-like object, or a plain {"<label>": "<id>"} record. */
const classFileSchema = z.union([
  z.object({ source: z.string().optional(), classes: z.array(labelClassSchema) }),
  z.record(z.string().regex(/^[0-9]+$/), z.string().min(1)),
]);

/**
 * Class map for `--classes`: 'total' | 'total_mr' (TotalSegmentator), 'builtin' (Ostendo built-in segmenters),
 * or a JSON file path. Without one, each label present is named `label_<n>`.
 * Local until `resolveClassMap` (services/anatomy) lands. Errors: NOT_FOUND (no such file), INVALID_REQUEST.
 */
export function resolveMeasureClassMap(arg: string | undefined, labelValues: readonly number[]): ClassMap {
  if (arg === undefined) return { source: 'none', classes: labelValues.map((l) => labelClassFor(l, `label_${l}`)) };
  if (arg === 'total' || arg === 'total_mr') return getBuiltinClassMap(arg);
  if (arg === 'builtin') return allBuiltinClassMap();
  if (!fs.existsSync(arg)) throw new OstendoError('NOT_FOUND', `--classes ${arg}: not total, total_mr, builtin or an existing JSON file`);
  let parsed: z.infer<typeof classFileSchema>;
  try {
    parsed = classFileSchema.parse(JSON.parse(fs.readFileSync(arg, 'utf8')));
  } catch (e) {
    throw new OstendoError('INVALID_REQUEST', `--classes ${arg}: not a class map (expected {"classes":[{label,id}]} or {"1":"liver"}): ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
  }
  const source = `file:${arg}`;
  if ('classes' in parsed && Array.isArray(parsed.classes)) {
    return { source, classes: parsed.classes.map((c) => ({ ...labelClassFor(c.label, c.id), ...(c.name ? { name: c.name } : {}), ...(c.color ? { color: c.color } : {}) })) };
  }
  const record = parsed as Record<string, string>;
  return { source, classes: Object.entries(record).map(([label, id]) => labelClassFor(Number(label), id)) };
}
