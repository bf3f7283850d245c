import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../../api';
import { useJob } from '../../jobs/useJob';

type Status = ResponseOf<'assistant.status'>;

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** "Loaded: tiny.gguf on CPU" / "… on GPU (33 layers offloaded)": where it runs decides how fast answers come. */
export function describeStatus(s: Status): string {
  switch (s.state) {
    case 'none':
      return 'No language model loaded: answers come from the rule-based interpreter and measurements.';
    case 'loading':
      return `Loading ${s.model ?? 'model'}…`;
    case 'error':
      return `Model failed: ${s.error ?? 'unknown error'}`;
    case 'loaded': {
      // the main side reports 'gpu' only when layers really were offloaded to a GPU device
      return `Loaded: ${s.model ?? 'model'} on ${s.device === 'gpu' ? `GPU (${s.gpuLayers} layers offloaded)` : 'CPU'}`;
    }
  }
}

/** The local language model: state, a picker of the GGUF files found, Load / Unload. */
export function ModelStatusBar() {
  const [status, setStatus] = useState<Status | null>(null);
  const [file, setFile] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const job = useJob(jobId);

  const refresh = useCallback(async () => {
    try {
      const s = await call('assistant.status', {});
      setStatus(s);
      setFile((f) => (f && s.available.includes(f) ? f : s.available[0] ?? ''));
    } catch (e) {
      setProblem(`Could not read the model status: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);

  useEffect(() => { void refresh(); }, [refresh]);
  useEffect(() => {
    if (!job.done) return;
    if (job.error) setProblem(`Loading failed (${job.error.code}): ${job.error.message}`);
    void refresh();
  }, [job.done, job.error, refresh]);

  const loading = jobId !== null && !job.done;
  const load = async () => {
    setProblem(null);
    try {
      setJobId((await call('assistant.loadModel', { file })).jobId);
      setStatus((s) => (s ? { ...s, state: 'loading', model: baseName(file) } : s));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  const unload = async () => {
    setProblem(null);
    await call('assistant.unloadModel', {}).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
    await refresh();
  };

  if (!status) return <div className="ws-muted" data-testid="assistant-model-status">Reading model status…</div>;
  return (
    <div className="ws-model" data-testid="assistant-model">
      <div data-testid="assistant-model-status" data-state={loading ? 'loading' : status.state} className={status.state === 'error' ? 'ws-error' : undefined}>
        {loading ? `Loading ${baseName(file)}… ${Math.round(job.fraction * 100)}%` : describeStatus(status)}
      </div>
      {status.available.length === 0 ? (
        <div className="ws-muted">No GGUF model files in the model folders.</div>
      ) : (
        <div className="ws-row">
          <select aria-label="Language model file" data-testid="assistant-model-picker" value={file} onChange={(e) => setFile(e.target.value)} disabled={loading}>
            {status.available.map((f) => <option key={f} value={f} title={f}>{baseName(f)}</option>)}
          </select>
          <button type="button" data-testid="assistant-model-load" disabled={loading || !file} onClick={() => void load()}>Load</button>
          <button type="button" data-testid="assistant-model-unload" disabled={loading || status.state !== 'loaded'} onClick={() => void unload()}>Unload</button>
        </div>
      )}
      {problem && <div className="ws-error" role="alert">{problem}</div>}
    </div>
  );
}
