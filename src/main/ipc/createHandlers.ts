import type { Handlers } from './dispatch';
import type { AppContext } from './appContext';
import { assistantHandlers } from './handlers/assistantHandlers';
import { labelHandlers } from './handlers/labelHandlers';
import { libraryHandlers } from './handlers/libraryHandlers';
import { segmentationHandlers } from './handlers/segmentationHandlers';

/** The handler for every channel of the contract, over the real services. */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...libraryHandlers(ctx),
    ...labelHandlers(ctx),
    ...segmentationHandlers(ctx),
    ...assistantHandlers(ctx),
  };
}
