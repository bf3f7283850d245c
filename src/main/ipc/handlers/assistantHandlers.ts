import { OstendoError } from '../../../shared/errors';
import type { Handlers } from '../dispatch';
import type { AppContext } from '../appContext';
import { AssistantService, newConversation, type AssistantConversation } from '../../services/assistant/assistantService';
import { loadLabelMap } from '../../services/library/labelMapStore';
import { conversationExists, createConversation, recordTurn } from '../../services/library/conversationStore';

type AssistantHandlers = Pick<Handlers, 'assistant.status' | 'assistant.loadModel' | 'assistant.unloadModel' | 'assistant.ask'>;

export function assistantHandlers(ctx: AppContext): AssistantHandlers {
  const service = new AssistantService(ctx.llm);
  // the LLM's chat history per conversation lives in memory; turns and answers are stored in the library
  const live = new Map<string, AssistantConversation>();
  return {
    'assistant.status': async () => ctx.llm.status(),
    'assistant.loadModel': async ({ file }) => ({
      jobId: ctx.jobs.start('assistant-load', async ({ signal, progress }) => {
        progress(0.05, 'Validating model file');
        await ctx.llm.load(file, signal);
        return ctx.llm.status();
      }),
    }),
    'assistant.unloadModel': async () => {
      const loaded = ctx.llm.current !== null;
      await ctx.llm.unload();
      return { unloaded: loaded };
    },
    'assistant.ask': async ({ seriesId, labelMapId, prompt, conversationId, visibleStructureIds }) => {
      if (conversationId && !conversationExists(ctx.library, conversationId)) throw new OstendoError('NOT_FOUND', `No conversation ${conversationId}`);
      const id = conversationId ?? createConversation(ctx.library, seriesId, labelMapId);
      const jobId = ctx.jobs.start('assistant', async ({ jobId: job, signal }) => {
        const { summary, labels, classMap } = loadLabelMap(ctx.library, labelMapId);
        if (summary.seriesId !== seriesId) throw new OstendoError('INVALID_REQUEST', 'That label map belongs to another series');
        const image = ctx.library.loadSeriesVolume(seriesId, 'assistant');
        const conversation = live.get(id) ?? { ...newConversation(), id };
        const answer = await service.ask({
          image, labels, classMap, prompt, conversation, signal, visibleIds: visibleStructureIds,
          onToken: (text) => ctx.emit('assistant.token', { jobId: job, text }),
        });
        live.set(id, answer.conversation);
        recordTurn(ctx.library, id, {
          prompt, action: answer.action, text: answer.text, facts: answer.facts, usedLlm: answer.usedLlm,
          model: answer.model, provenance: answer.provenance, flaggedNumbers: answer.flaggedNumbers,
        });
        const { conversation: _kept, ...result } = answer;
        return { ...result, conversationId: id };
      });
      return { jobId, conversationId: id };
    },
  };
}
