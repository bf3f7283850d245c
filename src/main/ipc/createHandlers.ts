import { OstendoError } from '../../shared/errors';
import type { Handlers } from './dispatch';
import type { AppContext } from './appContext';
import { libraryHandlers } from './handlers/libraryHandlers';

const pending = (channel: string) => async (): Promise<never> => {
  throw new OstendoError('INTERNAL', `${channel} is not wired yet`);
};

/** The handler for every channel of the contract, over the real services. */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...libraryHandlers(ctx),
    'labels.list': pending('labels.list'),
    'labels.attachFile': pending('labels.attachFile'),
    'labels.voxels': pending('labels.voxels'),
    'labels.measure': pending('labels.measure'),
    'meshes.get': pending('meshes.get'),
    'meshes.export': pending('meshes.export'),
    'segmentation.models': pending('segmentation.models'),
    'segmentation.run': pending('segmentation.run'),
    'segmentation.regionGrow': pending('segmentation.regionGrow'),
    'segmentation.undo': pending('segmentation.undo'),
    'assistant.status': pending('assistant.status'),
    'assistant.loadModel': pending('assistant.loadModel'),
    'assistant.unloadModel': pending('assistant.unloadModel'),
    'assistant.ask': pending('assistant.ask'),
  };
}
