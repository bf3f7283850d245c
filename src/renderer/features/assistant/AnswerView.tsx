import type { ModelSummary } from '../../../shared/ipc/contract';
import { absentSummary, appliedSummary, structureWords } from './actionSteps';
import { FactsTable } from './FactsTable';
import type { AssistantTurn } from './useAssistantJob';

export interface AnswerViewProps {
  turn: AssistantTurn;
  /** Error from applying the action to the scene (a command that failed), if any. */
  applyError: string | null;
  /** Models that can produce the absent structures (for intent 'segment'). */
  producers: ModelSummary[];
  onOfferSegmentation: (modelId: string | null) => void;
}

/**
 * One prompt and its answer. While running: the streamed tokens (marked as unchecked). Once the answer
 * arrives: ONLY the final checked text, always labelled as AI output with its provenance.
 */
export function AnswerView({ turn, applyError, producers, onOfferSegmentation }: AnswerViewProps) {
  const a = turn.answer;
  return (
    <li className="ws-turn" data-testid="assistant-turn" data-status={turn.status}>
      <div className="ws-prompt">{turn.prompt}</div>
      {turn.status === 'running' && (
        <div className="ws-streaming" data-testid="assistant-streaming">
          {turn.streamed ? <><span className="ws-muted">Draft (not yet checked): </span>{turn.streamed}</> : <span className="ws-muted">Thinking…</span>}
        </div>
      )}
      {turn.error && (
        <div className="ws-error" role="alert" data-testid="assistant-error">
          {turn.error.code === 'CANCELLED' ? 'Cancelled.' : `${turn.error.message} (${turn.error.code})`}
        </div>
      )}
      {a && (
        <div className="ws-answer" data-testid="assistant-answer">
          <div className="ws-ai-label" data-testid="assistant-ai-label">
            <span className="ws-ai-badge">AI-generated</span>
            <span>{a.usedLlm && a.model ? a.model : 'rule-based interpreter (no language model)'}</span>
          </div>
          <div className="ws-chips">
            {appliedSummary(a.action) && <span className="ws-chip" data-testid="assistant-applied">{appliedSummary(a.action)}</span>}
            {absentSummary(a.action) && <span className="ws-chip ws-chip-absent" data-testid="assistant-absent">{absentSummary(a.action)}</span>}
          </div>
          {a.action.intent === 'segment' && a.action.absent.length > 0 && (
            <div className="ws-offer" data-testid="assistant-segment-offer">
              {producers.length > 0 ? (
                producers.map((m) => (
                  <button key={m.id} type="button" onClick={() => onOfferSegmentation(m.id)}>Run {m.name} to segment {structureWords(a.action.absent.filter((id) => m.structures.includes(id)))}</button>
                ))
              ) : (
                <button type="button" onClick={() => onOfferSegmentation(null)}>Open segmentation models…</button>
              )}
            </div>
          )}
          <p className="ws-answer-text" data-testid="assistant-answer-text">{a.text}</p>
          {applyError && <div className="ws-error" role="alert" data-testid="assistant-apply-error">Could not apply: {applyError}</div>}
          {(a.flaggedNumbers.length > 0 || a.flaggedStructures.length > 0) && (
            <div className="ws-flagged" data-testid="assistant-flagged">
              Removed from the model's text because they did not match the measurements or the segmentation:
              {a.flaggedNumbers.length > 0 && <> numbers {a.flaggedNumbers.join(', ')}</>}
              {a.flaggedStructures.length > 0 && <>{a.flaggedNumbers.length > 0 ? ';' : ''} structures {structureWords(a.flaggedStructures)}</>}
            </div>
          )}
          <FactsTable facts={a.facts} />
          <div className="ws-provenance" data-testid="assistant-provenance">{a.provenance}</div>
        </div>
      )}
    </li>
  );
}
