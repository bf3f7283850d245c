/**
 * Resolves the `--classes` argument of the CLI (and the import dialog's class-map choice) into a ClassMap for the
 * label values present in a label map.
 */
import fs from 'node:fs';
import { z } from 'zod';
import {
  BUILTIN_STRUCTURE_IDS,
  classMapForStructureIds,
  distinctColor,
  getBuiltinClassMap,
  labelClassFor,
} from '../../../shared/anatomy';
import type { ClassMap, LabelClass } from '../../../shared/domain/labels';
import { OstendoError } from '../../../shared/errors';

const labelKey = z.string().regex(/^[1-9]\d*$/, 'keys must be positive integer label values');
const structureId = z.string().regex(/^\S+$/, 'ids must be non-empty and without spaces');
const rgb = z.tuple([z.number().int().min(0).max(255), z.number().int().min(0).max(255), z.number().int().min(0).max(255)]);

/** `{"1": "liver", "2": "spleen"}` */
const objectForm = z.record(labelKey, structureId);
/** `[{"label": 1, "id": "liver", "name"?: "Liver", "color"?: [r, g, b]}]` */
const arrayForm = z.array(
  z.object({ label: z.number().int().positive(), id: structureId, name: z.string().min(1).optional(), color: rgb.optional() }).strict(),
);

function invalid(file: string, why: string): OstendoError {
  return new OstendoError('INVALID_LABELS', `Classes file ${file}: ${why}`, { file });
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => {
      // zod reports a bad record key as "Invalid key in record" with the reason nested
      const nested = 'issues' in i && Array.isArray(i.issues) ? (i.issues as { message: string }[])[0]?.message : undefined;
      return `${i.path.join('.') || '(root)'}: ${nested ? `key ${nested}` : i.message}`;
    })
    .join('; ');
}

/** Reads and validates a classes JSON file in either accepted form. */
export function readClassesFile(file: string): ClassMap {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw invalid(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw invalid(file, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  // a saved ClassMap ({source?, classes: [...]}) is the array form wrapped
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && 'classes' in json) json = (json as { classes: unknown }).classes;
  let classes: LabelClass[];
  if (Array.isArray(json)) {
    const parsed = arrayForm.safeParse(json);
    if (!parsed.success) throw invalid(file, `expected [{label, id, name?, color?}], ${describeIssues(parsed.error)}`);
    classes = parsed.data.map((c) => {
      const base = labelClassFor(c.label, c.id);
      return { ...base, name: c.name ?? base.name, color: c.color ? [...c.color] : base.color };
    });
  } else {
    const parsed = objectForm.safeParse(json);
    if (!parsed.success) throw invalid(file, `expected {"<label>": "<id>"} or [{label, id}], ${describeIssues(parsed.error)}`);
    classes = Object.entries(parsed.data).map(([label, id]) => labelClassFor(Number(label), id));
  }
  if (classes.length === 0) throw invalid(file, 'names no labels');
  const labels = new Set<number>();
  const ids = new Set<string>();
  for (const c of classes) {
    if (labels.has(c.label)) throw invalid(file, `label ${c.label} is listed twice`);
    if (ids.has(c.id)) throw invalid(file, `id "${c.id}" is given to two labels`);
    labels.add(c.label);
    ids.add(c.id);
  }
  return { source: `file:${file}`, classes: classes.sort((a, b) => a.label - b.label) };
}

function namedClassMap(arg: string): ClassMap {
  if (arg === 'total' || arg === 'total_mr') return getBuiltinClassMap(arg);
  if (arg === 'builtin') return classMapForStructureIds(BUILTIN_STRUCTURE_IDS, 'builtin');
  if (/\.json$/i.test(arg) || fs.existsSync(arg)) return readClassesFile(arg);
  throw new OstendoError('INVALID_LABELS', `Unknown class map "${arg}": expected total, total_mr, builtin or a JSON classes file`);
}

/**
 * The classes of the label values present in a label map.
 * @param arg 'total' | 'total_mr' | 'builtin' (BUILTIN_STRUCTURE_IDS in order: body, bones, lung_left, lung_right,
 *   airways, subcutaneous_fat, torso_fat, skeletal_muscle) | a JSON file path (`{"1":"liver"}`,
 *   `[{label, id, name?, color?}]` or a saved ClassMap `{source?, classes: [...]}`) | undefined (every label n is named `label_<n>`).
 * @param labelValues values present in the label map; 0 (background) is ignored. When empty, the whole map is returned.
 * @returns classes sorted by label; present labels the map does not name become `label_<n>` with a distinct colour.
 * @throws OstendoError INVALID_LABELS for unreadable or malformed files and unknown names.
 */
export function resolveClassMap(arg: string | undefined, labelValues: readonly number[]): ClassMap {
  const map: ClassMap = arg === undefined ? { source: 'unnamed', classes: [] } : namedClassMap(arg);
  const present = [...new Set(labelValues)].filter((v) => v !== 0).sort((a, b) => a - b);
  if (present.length === 0) return map;
  const byLabel = new Map(map.classes.map((c) => [c.label, c]));
  const classes = present.map(
    (label) => byLabel.get(label) ?? { label, id: `label_${label}`, name: `Label ${label}`, color: distinctColor(label) },
  );
  return { source: map.source, classes };
}
