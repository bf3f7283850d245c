/**
 * Deterministic interpreter: latency (p50/p99 per prompt over the shared dev prompts, repeated) and accuracy
 * (intent + exact structure and absent sets). Peer, side by side: a naive keyword matcher (catalog terms as
 * substrings, intent from the first verb), the usual first attempt, to show what the parsing buys and costs.
 * Run: npm run bench -- assistant-interpreter   (or npx tsx bench/assistant-interpreter.ts)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANATOMY_CATALOG, ANATOMY_GROUPS } from '../src/shared/anatomy';
import type { SceneAction } from '../src/shared/domain/sceneAction';
import { interpret } from '../src/main/services/assistant/interpreter/interpret';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const promptsDir = path.resolve(repoRoot, '../shared/data/prompts');
const REPEATS = 200;

interface DevCase {
  scan: string;
  prompt: string;
  intents: string[];
  structures: string[];
  absent: string[];
}

const NAIVE_TERMS: [string, string[]][] = [
  ...ANATOMY_CATALOG.flatMap((e) => e.synonyms.map((s): [string, string[]] => [s, [e.id]])),
  ...ANATOMY_GROUPS.flatMap((g) => g.terms.map((t): [string, string[]] => [t, [...g.members]])),
];

function naive(prompt: string, present: readonly string[]): SceneAction {
  const text = ` ${prompt.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const verbs: [RegExp, SceneAction['intent']][] = [
    [/ (isolate|only) /, 'isolate'], [/ hide /, 'hide'], [/ (volume|measure|how big) /, 'measure'], [/ where /, 'locate'],
    [/ explain /, 'explain'], [/ list /, 'list'], [/ show all /, 'reset'], [/ show /, 'show'],
  ];
  const intent = verbs.find(([re]) => re.test(text))?.[1] ?? 'isolate';
  const named = new Set<string>();
  for (const [term, ids] of NAIVE_TERMS) if (text.includes(` ${term} `)) ids.forEach((id) => named.add(id));
  return { intent, structures: present.filter((id) => named.has(id)), absent: [...named].filter((id) => !present.includes(id)) };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && new Set(a).size === new Set([...a, ...b]).size;

function evaluate(fn: (p: string, present: readonly string[]) => SceneAction, cases: DevCase[], scans: Record<string, string[]>) {
  let right = 0;
  for (const c of cases) {
    const a = fn(c.prompt, scans[c.scan]);
    if (c.intents.includes(a.intent) && sameSet(a.structures, c.structures) && sameSet(a.absent, c.absent)) right++;
  }
  const timesMs: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const c of cases) {
      const t0 = performance.now();
      fn(c.prompt, scans[c.scan]);
      timesMs.push(performance.now() - t0);
    }
  }
  timesMs.sort((a, b) => a - b);
  const q = (p: number): number => timesMs[Math.min(timesMs.length - 1, Math.floor(p * timesMs.length))];
  return { accuracy: right / cases.length, right, p50Ms: q(0.5), p99Ms: q(0.99), maxMs: timesMs[timesMs.length - 1] };
}

export async function run(): Promise<void> {
  if (!fs.existsSync(path.join(promptsDir, 'dev.jsonl'))) {
    console.log(`assistant-interpreter: skipped, ${promptsDir} absent`);
    return;
  }
  const scans = JSON.parse(fs.readFileSync(path.join(promptsDir, 'scans.json'), 'utf8')) as Record<string, string[]>;
  const cases = fs.readFileSync(path.join(promptsDir, 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevCase);
  const t0 = performance.now();
  interpret('warm up the phrase index', []);
  const indexBuildMs = performance.now() - t0;
  const ours = evaluate(interpret, cases, scans);
  const peer = evaluate(naive, cases, scans);
  const fmt = (n: number): string => n.toFixed(4);
  console.log(`interpreter on ${cases.length} dev prompts x ${REPEATS} repeats (first call incl. index build: ${indexBuildMs.toFixed(1)} ms)`);
  console.log('                      accuracy      p50 ms    p99 ms    max ms');
  console.log(`ostendo interpreter   ${ours.right}/${cases.length} ${(ours.accuracy * 100).toFixed(1)}%  ${fmt(ours.p50Ms)}    ${fmt(ours.p99Ms)}    ${fmt(ours.maxMs)}`);
  console.log(`naive keyword peer    ${peer.right}/${cases.length} ${(peer.accuracy * 100).toFixed(1)}%  ${fmt(peer.p50Ms)}    ${fmt(peer.p99Ms)}    ${fmt(peer.maxMs)}`);
  console.log(`ratio ours/peer: p50 ${(ours.p50Ms / peer.p50Ms).toFixed(2)}x, p99 ${(ours.p99Ms / peer.p99Ms).toFixed(2)}x; accuracy +${((ours.accuracy - peer.accuracy) * 100).toFixed(1)} points`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
