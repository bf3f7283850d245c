import { OstendoError } from '../../shared/errors';
import type { Handlers } from './dispatch';
import type { AppContext } from './appContext';
import { labelHandlers } from './handlers/labelHandlers';
import { libraryHandlers } from './handlers/libraryHandlers';
import { segmentationHandlers } from './handlers/segmentationHandlers';

const pending = (channel: string) => async (): Promise<never> => {
  throw new OstendoError('INTERNAL', `${channel} is not wired yet`);
};

/** The handler for every channel of the contract, over the real services. */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...libraryHandlers(ctx),
    ...labelHandlers(ctx),
    ...segmentationHandlers(ctx),
    'assistant.status': pending('assistant.status'),
    'assistant.loadModel': pending('assistant.loadModel'),
    'assistant.unloadModel': pending('assistant.unloadModel'),
    'assistant.ask': pending('assistant.ask'),
  };
}
