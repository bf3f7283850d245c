import { useCallback, useEffect, useRef, useState } from 'react';
import { assistantAnswerSchema, type AssistantAnswer, type ErrorPayload } from '../../../shared/ipc/contract';
import { ApiError, call, getApi } from '../../api';

/** One prompt and what came back for it. */
export interface AssistantTurn {
  id: number;
  prompt: string;
  jobId: string | null;
  /** Tokens streamed so far (shown only until the checked answer arrives). */
  streamed: string;
  answer: AssistantAnswer | null;
  error: ErrorPayload | null;
  status: 'running' | 'done' | 'failed';
}

export interface AssistantJob {
  turns: AssistantTurn[];
  running: AssistantTurn | null;
  ask(prompt: string): Promise<void>;
  cancel(): Promise<void>;
}

interface JobOutcome {
  streamed: string;
  answer: AssistantAnswer | null;
  error: ErrorPayload | null;
}

function errorOf(e: unknown): ErrorPayload {
  if (e instanceof ApiError) return e.payload;
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}

/**
 * Sends prompts for one series + label map, continuing the same conversation (so "and the spleen too" works),
 * and follows each job's streamed tokens and checked answer. Events are recorded by job id as they come,
 * because a quick answer can arrive before the call that started it returns its job id.
 * A new label map starts a new conversation: the assistant's context belongs to one label map.
 */
export function useAssistantJob(
  seriesId: string,
  labelMapId: string | null,
  onAnswer: (answer: AssistantAnswer, jobId: string) => void,
  visibleIds: () => string[],
): AssistantJob {
  const [prompts, setPrompts] = useState<Array<{ id: number; prompt: string; jobId: string | null; startError: ErrorPayload | null }>>([]);
  const outcomes = useRef(new Map<string, JobOutcome>());
  const visibleIdsRef = useRef(visibleIds);
  visibleIdsRef.current = visibleIds;
  const delivered = useRef(new Set<string>());
  const [, setVersion] = useState(0);
  const conversationRef = useRef<string | undefined>(undefined);
  const nextId = useRef(1);
  const onAnswerRef = useRef(onAnswer);
  onAnswerRef.current = onAnswer;

  useEffect(() => {
    conversationRef.current = undefined;
    setPrompts([]);
  }, [seriesId, labelMapId]);

  useEffect(() => {
    const api = getApi();
    const record = (jobId: string, patch: (o: JobOutcome) => Partial<JobOutcome>) => {
      const was = outcomes.current.get(jobId) ?? { streamed: '', answer: null, error: null };
      outcomes.current.set(jobId, { ...was, ...patch(was) });
      setVersion((v) => v + 1);
    };
    const offs = [
      api.on('assistant.token', (p) => record(p.jobId, (o) => ({ streamed: o.streamed + p.text }))),
      api.on('job.done', (p) => {
        if (p.kind !== 'assistant') return;
        const parsed = assistantAnswerSchema.safeParse(p.result);
        record(p.jobId, () => (parsed.success
          ? { answer: parsed.data }
          : { error: { code: 'INTERNAL', message: `The assistant's answer was malformed: ${parsed.error.issues[0]?.message ?? 'unknown field'}` } }));
      }),
      api.on('job.failed', (p) => {
        if (p.kind === 'assistant') record(p.jobId, () => ({ error: p.error }));
      }),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  const turns: AssistantTurn[] = prompts.map((p) => {
    const o = p.jobId ? outcomes.current.get(p.jobId) : undefined;
    const error = p.startError ?? o?.error ?? null;
    const answer = o?.answer ?? null;
    return { id: p.id, prompt: p.prompt, jobId: p.jobId, streamed: o?.streamed ?? '', answer, error, status: error ? 'failed' : answer ? 'done' : 'running' };
  });

  // Apply each answer exactly once, after render, whichever of (job id, done event) arrived last.
  useEffect(() => {
    for (const t of turns) {
      if (t.jobId && t.answer && !delivered.current.has(t.jobId)) {
        delivered.current.add(t.jobId);
        onAnswerRef.current(t.answer, t.jobId);
      }
    }
  });

  const ask = useCallback(async (prompt: string) => {
    if (!labelMapId) return;
    const id = nextId.current++;
    setPrompts((ps) => [...ps, { id, prompt, jobId: null, startError: null }]);
    try {
      const started = await call('assistant.ask', { seriesId, labelMapId, prompt, conversationId: conversationRef.current, visibleStructureIds: visibleIdsRef.current() });
      conversationRef.current = started.conversationId;
      setPrompts((ps) => ps.map((p) => (p.id === id ? { ...p, jobId: started.jobId } : p)));
    } catch (e) {
      setPrompts((ps) => ps.map((p) => (p.id === id ? { ...p, startError: errorOf(e) } : p)));
    }
  }, [seriesId, labelMapId]);

  const running = turns.find((t) => t.status === 'running') ?? null;
  const runningJob = running?.jobId ?? null;
  const cancel = useCallback(async () => {
    if (runningJob) await call('jobs.cancel', { jobId: runningJob });
  }, [runningJob]);

  return { turns, running, ask, cancel };
}
