/** The interpreter on the shared dev prompts: at least 95% must be exactly right (intent, structure set, absent set). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sceneActionSchema } from '../../src/shared/ipc/schemas';
import { interpret } from '../../src/main/services/assistant/interpreter/interpret';

const repoRoot = path.resolve(__dirname, '../..');
const dir = path.resolve(repoRoot, '../shared/data/prompts');

interface DevCase {
  id: string;
  scan: string;
  prompt: string;
  intents: string[];
  structures: string[];
  absent: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && new Set(a).size === new Set([...a, ...b]).size;

describe.skipIf(!fs.existsSync(path.join(dir, 'dev.jsonl')))('interpreter on prompts/dev.jsonl (skipped: ../shared/data/prompts absent)', () => {
  const scans = JSON.parse(fs.readFileSync(path.join(dir, 'scans.json'), 'utf8')) as Record<string, string[]>;
  const cases = fs
    .readFileSync(path.join(dir, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as DevCase);

  it('gets at least 95% exactly right, and every action is valid for the IPC schema', () => {
    const failures: string[] = [];
    for (const c of cases) {
      const present = scans[c.scan];
      expect(present, c.scan).toBeDefined();
      const action = interpret(c.prompt, present);
      expect(sceneActionSchema.safeParse(action).success).toBe(true);
      expect(action.structures.every((id) => present.includes(id)), c.id).toBe(true);
      const right = c.intents.includes(action.intent) && sameSet(action.structures, c.structures) && sameSet(action.absent, c.absent);
      if (!right) failures.push(`${c.id} "${c.prompt}" → ${JSON.stringify(action)}`);
    }
    const accuracy = (cases.length - failures.length) / cases.length;
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(accuracy, failures.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
