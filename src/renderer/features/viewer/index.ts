export { ViewerWorkspace, type ViewerWorkspaceProps } from './ViewerWorkspace';
export type { SceneSnapshot } from './sceneProbe';
export {
  CommandError, CommandRegistryProvider, createCommandRegistry, useCommandRegistry, useCommands,
  type CommandArgs, type CommandName, type CommandRegistry, type ViewName,
} from '../../commands';
