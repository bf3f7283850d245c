import type { SceneAction } from '../../../shared/domain/sceneAction';
import { randomId } from './libraryIds';
import type { StudyLibrary } from './studyLibrary';

export interface ConversationTurnRecord {
  prompt: string;
  action: SceneAction;
  text: string;
  facts: unknown[];
  usedLlm: boolean;
  model: string | null;
  provenance: string;
  flaggedNumbers: string[];
}

/** Start a conversation about a series (and the label map it talks about). */
export function createConversation(library: StudyLibrary, seriesId: string, labelMapId: string): string {
  library.getSeries(seriesId);
  const id = randomId('cv');
  library.db.prepare('INSERT INTO conversations (id, series_ref, label_map_ref, created_at) VALUES (?, ?, ?, ?)').run(id, seriesId, labelMapId, new Date().toISOString());
  return id;
}

export function conversationExists(library: StudyLibrary, conversationId: string): boolean {
  return library.db.prepare('SELECT 1 FROM conversations WHERE id = ?').get(conversationId) !== undefined;
}

/**
 * Store one assistant turn with the study and write the AI output to the audit log, in one transaction:
 * there is no answer on screen that the library does not also hold.
 */
export function recordTurn(library: StudyLibrary, conversationId: string, turn: ConversationTurnRecord): void {
  library.db.transaction(() => {
    library.db
      .prepare(
        `INSERT INTO conversation_turns (conversation_ref, at, prompt, action_json, answer_text, facts_json, used_llm, model)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(conversationId, new Date().toISOString(), turn.prompt, JSON.stringify(turn.action), turn.text, JSON.stringify(turn.facts), turn.usedLlm ? 1 : 0, turn.model);
    library.audit('ai-output', 'conversation', conversationId, {
      prompt: turn.prompt,
      action: turn.action,
      text: turn.text,
      usedLlm: turn.usedLlm,
      model: turn.model,
      provenance: turn.provenance,
      flaggedNumbers: turn.flaggedNumbers,
    });
  })();
}

export function conversationTurns(library: StudyLibrary, conversationId: string): { prompt: string; answer_text: string; action_json: string; used_llm: number }[] {
  return library.db.prepare('SELECT prompt, answer_text, action_json, used_llm FROM conversation_turns WHERE conversation_ref = ? ORDER BY id').all(conversationId) as {
    prompt: string; answer_text: string; action_json: string; used_llm: number;
  }[];
}
