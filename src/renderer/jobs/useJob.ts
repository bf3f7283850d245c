import { useEffect, useState } from 'react';
import type { ErrorPayload } from '../../shared/ipc/contract';
import { getApi } from '../api';

export interface JobState {
  fraction: number;
  message: string;
  done: boolean;
  result: unknown;
  error: ErrorPayload | null;
}

const INITIAL: JobState = { fraction: 0, message: '', done: false, result: undefined, error: null };

/** Follow one job's progress/done/failed events; resets when the id changes. */
export function useJob(jobId: string | null): JobState {
  const [state, setState] = useState<JobState>(INITIAL);
  useEffect(() => {
    setState(INITIAL);
    if (!jobId) return undefined;
    const api = getApi();
    const offs = [
      api.on('job.progress', (p) => {
        if (p.jobId === jobId) setState((s) => ({ ...s, fraction: p.fraction, message: p.message ?? s.message }));
      }),
      api.on('job.done', (p) => {
        if (p.jobId === jobId) setState((s) => ({ ...s, fraction: 1, done: true, result: p.result }));
      }),
      api.on('job.failed', (p) => {
        if (p.jobId === jobId) setState((s) => ({ ...s, done: true, error: p.error }));
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [jobId]);
  return state;
}
