/**
 * Cross-checks the AnatomyCatalog (our own data module) against the TotalSegmentator files in ../shared/data:
 * every class id with the same label index, every SNOMED CT code and colour equal to the mapping CSV.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANATOMY_CATALOG,
  getAnatomyEntry,
  getBuiltinClassMap,
  TOTAL_CLASS_IDS,
  TOTAL_MR_CLASS_IDS,
} from '../../src/shared/anatomy';

const repoRoot = path.resolve(__dirname, '../..');
const dir = path.resolve(repoRoot, '../shared/data/anatomy');
const classesFile = path.join(dir, 'totalsegmentator-classes.json');
const csvFile = path.join(dir, 'totalsegmentator-snomed-mapping.csv');

/** Minimal RFC 4180 line splitter: the mapping quotes only the colour field. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

function readCsv(): Map<string, Record<string, string>> {
  const lines = fs.readFileSync(csvFile, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0]);
  const rows = new Map<string, Record<string, string>>();
  for (const line of lines.slice(1)) {
    const cells = splitCsvLine(line);
    rows.set(cells[0], Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  }
  return rows;
}

describe.skipIf(!fs.existsSync(classesFile) || !fs.existsSync(csvFile))(
  'AnatomyCatalog vs TotalSegmentator shared files (skipped: ../shared/data/anatomy absent)',
  () => {
    const tasks = (JSON.parse(fs.readFileSync(classesFile, 'utf8')) as { tasks: Record<string, Record<string, string>> }).tasks;

    it.each([
      ['total', TOTAL_CLASS_IDS],
      ['total_mr', TOTAL_MR_CLASS_IDS],
    ] as const)('%s: every class id at the same label index, catalogued, and in the class map', (task, ids) => {
      const shared = tasks[task];
      expect(Object.keys(shared).length).toBe(ids.length);
      const classMap = getBuiltinClassMap(task);
      for (const [label, id] of Object.entries(shared)) {
        expect(ids[Number(label) - 1], `label ${label}`).toBe(id);
        const entry = getAnatomyEntry(id);
        expect(entry, id).toBeDefined();
        expect(entry?.sources, id).toContain(task);
        const cls = classMap.classes.find((c) => c.label === Number(label));
        expect(cls?.id).toBe(id);
      }
    });

    it('every SNOMED coding and colour equals the mapping CSV where the CSV has the structure', () => {
      const rows = readCsv();
      let compared = 0;
      for (const entry of ANATOMY_CATALOG) {
        const row = rows.get(entry.id);
        if (!row) continue;
        compared++;
        const s = entry.snomed;
        expect(s, entry.id).toBeDefined();
        const ctx = entry.id;
        expect(s?.category.code, ctx).toBe(row['SegmentedPropertyCategoryCodeSequence.CodeValue']);
        expect(s?.type.code, ctx).toBe(row['SegmentedPropertyTypeCodeSequence.CodeValue']);
        expect(s?.typeModifier?.code ?? '', ctx).toBe(row['SegmentedPropertyTypeModifierCodeSequence.CodeValue']);
        expect(s?.region?.code ?? '', ctx).toBe(row['AnatomicRegionSequence.CodeValue']);
        expect(s?.regionModifier?.code ?? '', ctx).toBe(row['AnatomicRegionModifierSequence.CodeValue']);
        expect(entry.color.join(','), ctx).toBe(row.DicomRGBColor);
      }
      // all TotalSegmentator ids but the four total_mr-only ones, plus three built-ins, are in the CSV
      expect(compared).toBeGreaterThanOrEqual(TOTAL_CLASS_IDS.length + 3);
    });

    it('laterality of the catalog agrees with the CSV laterality modifiers', () => {
      const rows = readCsv();
      for (const entry of ANATOMY_CATALOG) {
        const row = rows.get(entry.id);
        if (!row) continue;
        const mod = row['SegmentedPropertyTypeModifierCodeSequence.CodeMeaning'] || row['AnatomicRegionModifierSequence.CodeMeaning'];
        if (mod === 'Left') expect(entry.laterality, entry.id).toBe('left');
        if (mod === 'Right') expect(entry.laterality, entry.id).toBe('right');
      }
    });
  },
);
