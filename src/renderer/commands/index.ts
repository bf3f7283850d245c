export { createCommandRegistry, type CommandRegistry, type ExecutedCommand } from './commandRegistry';
export {
  COMMAND_NAMES, CommandError, commandSchemas, VIEW_NAMES,
  type CommandArgs, type CommandErrorCode, type CommandHandler, type CommandName, type ViewName,
} from './commandTypes';
export { CommandRegistryProvider, useCommandRegistry, useCommands } from './CommandRegistryProvider';
