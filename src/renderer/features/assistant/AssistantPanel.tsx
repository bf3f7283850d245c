import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AssistantAnswer, LabelMapSummary, ModelSummary } from '../../../shared/ipc/contract';
import { useCommands, type CommandArgs, type CommandName } from '../../commands';
import { actionSteps, changesVisibility } from './actionSteps';
import { AnswerView } from './AnswerView';
import { ModelStatusBar } from './ModelStatusBar';
import { suggestionsFor } from './suggestions';
import { useAssistantJob } from './useAssistantJob';

/** What the panel needs to know of the scene to undo: a snapshot it can hand back to `restore`. */
export interface VisibilityAccess<S> {
  snapshot(): S;
  /** Ids of the structures visible now (sent with each prompt: "explain what I'm seeing"). */
  visibleIds(): string[];
  /** Commands that bring the scene back to a snapshot, run in order. */
  restoreSteps(snapshot: S): Array<{ name: CommandName; args: unknown }>;
}

export interface AssistantPanelProps<S> {
  seriesId: string;
  labelMap: LabelMapSummary | null;
  visibility: VisibilityAccess<S>;
  /** Segmentation models, to offer one that produces an absent structure. */
  models: ModelSummary[];
  onOfferSegmentation: (modelId: string | null) => void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Ask about the open segmentation in plain words. Actions are applied through the command registry (exactly as
 * if the user clicked), the last visibility change can be undone, and every answer is labelled as AI output.
 */
export function AssistantPanel<S>({ seriesId, labelMap, visibility, models, onOfferSegmentation }: AssistantPanelProps<S>) {
  const { execute } = useCommands();
  const [prompt, setPrompt] = useState('');
  const [undoStack, setUndoStack] = useState<Array<{ label: string; snapshot: S }>>([]);
  const [applyErrors, setApplyErrors] = useState<Record<string, string>>({});
  const [undoError, setUndoError] = useState<string | null>(null);
  const visibilityRef = useRef(visibility);
  visibilityRef.current = visibility;

  // Registry args are validated at run time (the action came from a model), so the loose step type is safe here.
  const run = useCallback((name: CommandName, args: unknown) => execute(name, args as CommandArgs<CommandName>), [execute]);

  const apply = useCallback(async (answer: AssistantAnswer, jobId: string) => {
    const before = visibilityRef.current.snapshot();
    try {
      for (const step of actionSteps(answer.action)) await run(step.name, step.args);
      if (changesVisibility(answer.action)) setUndoStack((s) => [...s, { label: answer.action.intent, snapshot: before }]);
    } catch (e) {
      setApplyErrors((m) => ({ ...m, [jobId]: messageOf(e) }));
    }
  }, [run]);

  const job = useAssistantJob(seriesId, labelMap?.labelMapId ?? null, (answer, jobId) => void apply(answer, jobId), () => visibilityRef.current.visibleIds());

  const send = (text: string) => {
    const p = text.trim();
    if (!p || job.running || !labelMap) return;
    setPrompt('');
    void job.ask(p);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      send(prompt);
    }
  };
  const undo = async () => {
    const last = undoStack[undoStack.length - 1];
    if (!last) return;
    setUndoError(null);
    try {
      for (const step of visibilityRef.current.restoreSteps(last.snapshot)) await run(step.name, step.args);
      setUndoStack((s) => s.slice(0, -1));
    } catch (e) {
      setUndoError(`Undo failed: ${messageOf(e)}`);
    }
  };

  // keep the newest turn in view as answers arrive
  const turnsRef = useRef<HTMLOListElement>(null);
  const lastTurn = job.turns[job.turns.length - 1];
  useEffect(() => {
    const el = turnsRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [job.turns.length, lastTurn?.status, lastTurn?.streamed]);

  const ids = labelMap?.classes.map((c) => c.id) ?? [];
  const producersOf = (absent: string[]) => models.filter((m) => m.valid && absent.some((id) => m.structures.includes(id)));
  return (
    <div className="ws-assistant" data-testid="assistant-panel">
      <ModelStatusBar />
      {!labelMap && <div className="ws-muted">No segmentation for this series: run a model or load a label map to ask about its structures.</div>}
      <ol className="ws-turns" data-testid="assistant-turns" ref={turnsRef}>
        {job.turns.map((t) => (
          <AnswerView
            key={t.id}
            turn={t}
            applyError={t.jobId ? applyErrors[t.jobId] ?? null : null}
            producers={t.answer ? producersOf(t.answer.action.absent) : []}
            onOfferSegmentation={onOfferSegmentation}
          />
        ))}
      </ol>
      {ids.length > 0 && (
        <div className="ws-chips" data-testid="assistant-suggestions">
          {suggestionsFor(ids).map((s) => (
            <button key={s.prompt} type="button" className="ws-chip ws-chip-button" disabled={job.running !== null} onClick={() => send(s.prompt)}>{s.prompt}</button>
          ))}
        </div>
      )}
      <div className="ws-row">
        <input
          className="ws-grow"
          data-testid="assistant-input"
          aria-label="Ask the assistant"
          placeholder={labelMap ? 'e.g. isolate the liver and spleen' : 'No segmentation to ask about'}
          value={prompt}
          disabled={!labelMap}
          maxLength={2000}
          onChange={(e) => setPrompt(e.target.value)}
          onKeyDown={onKey}
        />
        {job.running ? (
          <button type="button" data-testid="assistant-cancel" onClick={() => void job.cancel()}>Cancel</button>
        ) : (
          <button type="button" className="primary" data-testid="assistant-send" disabled={!labelMap || !prompt.trim()} onClick={() => send(prompt)}>Ask</button>
        )}
      </div>
      <div className="ws-row">
        <button type="button" data-testid="assistant-undo" disabled={undoStack.length === 0} onClick={() => void undo()}>
          Undo {undoStack.length > 0 ? `last ${undoStack[undoStack.length - 1].label}` : 'assistant action'}
        </button>
      </div>
      {undoError && <div className="ws-error" role="alert">{undoError}</div>}
    </div>
  );
}
