import { describe, expect, it } from 'vitest';
import {
  ANATOMY_CATALOG,
  ANATOMY_GROUPS,
  BUILTIN_STRUCTURE_IDS,
  classMapForStructureIds,
  getAnatomyEntry,
  getBuiltinClassMap,
  groupMembers,
  TOTAL_CLASS_IDS,
  TOTAL_MR_CLASS_IDS,
} from './index';

describe('AnatomyCatalog', () => {
  it('has unique ids and covers total, total_mr and the built-ins', () => {
    const ids = ANATOMY_CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...TOTAL_CLASS_IDS, ...TOTAL_MR_CLASS_IDS, ...BUILTIN_STRUCTURE_IDS]) expect(getAnatomyEntry(id), id).toBeDefined();
    expect(getAnatomyEntry('region_1')).toBeUndefined();
  });

  it('gives every entry a name, terms, a colour and a description without measurement-like numbers', () => {
    for (const e of ANATOMY_CATALOG) {
      expect(e.name.length, e.id).toBeGreaterThan(1);
      expect(e.terms.length, e.id).toBeGreaterThan(0);
      expect(e.color.every((c) => Number.isInteger(c) && c >= 0 && c <= 255), e.id).toBe(true);
      expect(e.description.length, e.id).toBeGreaterThan(20);
      expect(e.description, e.id).not.toMatch(/\d/);
    }
  });

  it('derives laterality from the id suffix for lateral structures', () => {
    for (const e of ANATOMY_CATALOG) {
      const side = /(^|_)left(_|$)/.test(e.id) ? 'left' : /(^|_)right(_|$)/.test(e.id) ? 'right' : 'none';
      expect(e.laterality, e.id).toBe(side);
    }
  });

  it('maps lay terms to the right structures', () => {
    const byTerm = (t: string) => ANATOMY_CATALOG.filter((e) => e.terms.includes(t)).map((e) => e.id);
    expect(byTerm('windpipe')).toEqual(['trachea']);
    expect(byTerm('collarbone')).toEqual(['clavicula_left', 'clavicula_right']);
    expect(byTerm('breastbone')).toEqual(['sternum']);
    expect(byTerm('large bowel')).toEqual(['colon']);
    expect(byTerm('ivc')).toEqual(['inferior_vena_cava']);
    expect(byTerm('gb')).toEqual(['gallbladder']);
    expect(getAnatomyEntry('kidney_left')?.synonyms).toContain('left kidney');
  });

  it('resolves groups, with sides', () => {
    expect(groupMembers('ribs', 'left')).toHaveLength(12);
    expect(groupMembers('ribs')).toHaveLength(24);
    expect(groupMembers('lumbar_spine')).toEqual(['vertebrae_L1', 'vertebrae_L2', 'vertebrae_L3', 'vertebrae_L4', 'vertebrae_L5']);
    expect(groupMembers('lungs', 'right').sort()).toEqual(['lung_lower_lobe_right', 'lung_middle_lobe_right', 'lung_right', 'lung_upper_lobe_right']);
    expect(groupMembers('floating_ribs').sort()).toEqual(['rib_left_11', 'rib_left_12', 'rib_right_11', 'rib_right_12']);
    for (const g of ANATOMY_GROUPS) expect(g.members.length, g.id).toBeGreaterThan(0);
  });

  it('builds class maps', () => {
    const total = getBuiltinClassMap('total');
    expect(total.classes).toHaveLength(117);
    expect(total.classes[0]).toEqual({ label: 1, id: 'spleen', name: 'Spleen', color: [50, 170, 60] });
    expect(getBuiltinClassMap('total_mr').classes[9].id).toBe('lung_left');
    const custom = classMapForStructureIds(['lung_left', 'lung_right', 'airways']);
    expect(custom.classes.map((c) => [c.label, c.id])).toEqual([[1, 'lung_left'], [2, 'lung_right'], [3, 'airways']]);
    expect(custom.classes[2].name).toBe('Airways');
    expect(() => classMapForStructureIds(['body', 'body'])).toThrow(/duplicate/);
  });
});
