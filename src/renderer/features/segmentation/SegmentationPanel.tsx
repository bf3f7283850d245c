import { useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import { useJob } from '../../jobs/useJob';
import { ModelPicker } from './ModelPicker';
import { formatSeconds, segmentationResultSchema, type SegmentationResult } from './segmentationResult';
import type { SegmentationModels } from './useSegmentationModels';

export interface SegmentationPanelProps {
  seriesId: string;
  models: SegmentationModels;
  /** A model to preselect (e.g. offered by the assistant for an absent structure). */
  preselectModelId: string | null;
  onLabelMapChange: (labelMapId: string | undefined) => void;
}

const AUTO = 'auto';

/** Run a segmentation model on the open series: model, provider, progress, cancel, then provider used and time. */
export function SegmentationPanel({ seriesId, models, preselectModelId, onLabelMapChange }: SegmentationPanelProps) {
  const { doc, error: listError } = models;
  const [modelId, setModelId] = useState<string | null>(null);
  const [provider, setProvider] = useState(AUTO);
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [result, setResult] = useState<SegmentationResult | null>(null);
  const job = useJob(jobId);
  const appliedJob = useRef<string | null>(null);

  useEffect(() => {
    if (preselectModelId) setModelId(preselectModelId);
  }, [preselectModelId]);
  useEffect(() => {
    if (!modelId && doc) setModelId(doc.models.find((m) => m.valid)?.id ?? null);
  }, [doc, modelId]);

  useEffect(() => {
    if (!jobId || !job.done || job.error || appliedJob.current === jobId) return;
    appliedJob.current = jobId;
    const parsed = segmentationResultSchema.safeParse(job.result);
    if (!parsed.success) {
      setStartError(`The segmentation finished but its result was malformed: ${parsed.error.issues[0]?.message ?? ''}`);
      return;
    }
    setResult(parsed.data);
    onLabelMapChange(parsed.data.labelMap.labelMapId);
  }, [jobId, job.done, job.error, job.result, onLabelMapChange]);

  const running = jobId !== null && !job.done;
  const run = async () => {
    if (!modelId) return;
    setStartError(null);
    setResult(null);
    try {
      const started = await call('segmentation.run', { seriesId, modelId, provider: provider === AUTO ? undefined : provider });
      setJobId(started.jobId);
    } catch (e) {
      setStartError(e instanceof Error ? e.message : String(e));
    }
  };
  const cancel = async () => {
    if (jobId) await call('jobs.cancel', { jobId }).catch((e: unknown) => setStartError(e instanceof Error ? e.message : String(e)));
  };

  const selected = doc?.models.find((m) => m.id === modelId) ?? null;
  return (
    <div className="ws-segmentation" data-testid="segmentation-panel">
      {listError && <div className="ws-error" role="alert">{listError}</div>}
      {!doc && !listError && <div className="ws-muted">Listing models and checking providers…</div>}
      {doc && <ModelPicker models={doc.models} selectedId={modelId} onSelect={setModelId} disabled={running} />}
      {doc && (
        <div className="ws-row">
          <label htmlFor="seg-provider">Provider</label>
          <select id="seg-provider" data-testid="seg-provider" value={provider} disabled={running || selected?.builtin === true} onChange={(e) => setProvider(e.target.value)}>
            <option value={AUTO}>auto (best that starts)</option>
            {doc.providers.map((p) => (
              <option key={p.provider} value={p.provider} disabled={!p.available} title={p.reason}>
                {p.provider}{p.available ? '' : ` (unavailable${p.reason ? `: ${p.reason}` : ''})`}
              </option>
            ))}
          </select>
        </div>
      )}
      {selected?.builtin && <div className="ws-muted ws-small">Built-in segmenters run in TypeScript on the CPU.</div>}
      <div className="ws-row">
        {running ? (
          <button type="button" data-testid="seg-cancel" onClick={() => void cancel()}>Cancel</button>
        ) : (
          <button type="button" className="primary" data-testid="seg-run" disabled={!selected?.valid} onClick={() => void run()}>
            Run {selected ? selected.name : 'model'}
          </button>
        )}
      </div>
      {running && (
        <div data-testid="seg-progress">
          <div className="progress"><div style={{ width: `${Math.round(job.fraction * 100)}%` }} /></div>
          <div className="ws-muted ws-small">{Math.round(job.fraction * 100)}% {job.message}</div>
        </div>
      )}
      {job.error && (
        <div className="ws-error" role="alert" data-testid="seg-error">
          {job.error.code === 'CANCELLED' ? 'Segmentation cancelled.' : `Segmentation failed (${job.error.code}): ${job.error.message}`}
        </div>
      )}
      {startError && <div className="ws-error" role="alert" data-testid="seg-error">{startError}</div>}
      {result && (
        <div className="ws-ok" data-testid="seg-result">
          <div>Done: {result.labelMap.classes.length} structure{result.labelMap.classes.length === 1 ? '' : 's'}.</div>
          <div data-testid="seg-result-provider">Provider: {result.provider}</div>
          <div data-testid="seg-result-time">Time: {formatSeconds(result.seconds)}</div>
          {result.warnings.length > 0 && <ul className="ws-warnings">{result.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
        </div>
      )}
    </div>
  );
}
