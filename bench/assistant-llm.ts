import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LlmModelManager } from '../src/main/services/assistant/llm/llmModelManager';
import type { LocalLlm } from '../src/main/services/assistant/llm/localLlm';
import { proposeAction } from '../src/main/services/assistant/llm/proposeAction';
import { DEFAULT_BEHAVIOUR, writeTinyGguf } from '../tests/support/tinyGguf';

/**
 * Local LLM speed with the tiny test GGUF (tests/support/tinyGguf.ts): time to first token and tokens per second
 * of a plain streamed reply, and the latency of a grammar-constrained function-calling turn; 1 vs 2 CPU threads
 * side by side. The tiny model measures the runtime's overhead (tokenising, sampling, grammar), not model quality.
 */
const WORDS = 45;
const REPEATS = 5;

interface Sample {
  ttftMs: number;
  tokensPerS: number;
  callMs: number;
}

async function measure(llm: LocalLlm): Promise<Sample> {
  const ttft: number[] = [];
  const tps: number[] = [];
  const call: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    // a fresh user message each time so llama.cpp cannot reuse the whole cached prompt
    const history = [{ type: 'user' as const, text: `Describe the scan, run ${r}.` }];
    const t0 = performance.now();
    let first = 0;
    let chunks = 0;
    await llm.generate(history, {
      maxTokens: WORDS + 5,
      onTextChunk: (t) => {
        if (t.length === 0) return;
        if (first === 0) first = performance.now();
        chunks++;
      },
    });
    const end = performance.now();
    ttft.push(first - t0);
    tps.push((chunks - 1) / ((end - first) / 1000));
    const c0 = performance.now();
    await proposeAction(llm, [], `isolate the liver, run ${r}`, ['liver', 'spleen', 'kidney_left', 'kidney_right']);
    call.push(performance.now() - c0);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ttftMs: median(ttft), tokensPerS: median(tps), callMs: median(call) };
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-bench-llm-'));
  try {
    const reply = Array.from({ length: WORDS }, (_, i) => `w${i}`).join(' ');
    const file = await writeTinyGguf(path.join(dir, 'tiny.gguf'), { reply, callPieces: DEFAULT_BEHAVIOUR.callPieces });
    const results: Record<string, Sample & { device: string }> = {};
    for (const threads of [1, 2]) {
      const manager = new LlmModelManager({ modelFolders: [], maxThreads: threads });
      try {
        const llm = await manager.load(file);
        await llm.generate([{ type: 'user', text: 'warm up' }]);
        results[`threads=${threads}`] = { ...(await measure(llm)), device: llm.device };
      } finally {
        await manager.dispose();
      }
    }
    console.log(`assistant-llm: tiny GGUF (${WORDS}-token reply), median of ${REPEATS}`);
    console.log('config      device  ttft_ms  tokens_per_s  function_call_turn_ms');
    for (const [name, s] of Object.entries(results))
      console.log(`${name.padEnd(11)} ${s.device.padEnd(7)} ${s.ttftMs.toFixed(1).padStart(7)}  ${s.tokensPerS.toFixed(0).padStart(12)}  ${s.callMs.toFixed(1).padStart(21)}`);
    const a = results['threads=1'];
    const b = results['threads=2'];
    console.log(`ratio threads=2/threads=1: tokens_per_s x${(b.tokensPerS / a.tokensPerS).toFixed(2)}, ttft x${(b.ttftMs / a.ttftMs).toFixed(2)}, call x${(b.callMs / a.callMs).toFixed(2)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
