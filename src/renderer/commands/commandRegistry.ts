import {
  type CommandArgs, CommandError, type CommandHandler, type CommandName, commandSchemas,
} from './commandTypes';

export interface ExecutedCommand {
  name: CommandName;
  args: unknown;
  /** null when it succeeded */
  error: CommandError | null;
}

/** One registry of scene commands; each name has at most one handler, owned by whoever registered it. */
export interface CommandRegistry {
  /** Register the handler for a command; returns the unregister function. Throws ALREADY_REGISTERED. */
  register<N extends CommandName>(name: N, handler: CommandHandler<N>): () => void;
  /** Validate args and run the handler. Rejects with CommandError (UNKNOWN_COMMAND, INVALID_ARGS, NO_HANDLER, or the handler's). */
  execute<N extends CommandName>(name: N, args: CommandArgs<N>): Promise<void>;
  has(name: CommandName): boolean;
  /** Observe every execution (for logs and the assistant's feedback); returns the unsubscribe. */
  onExecuted(listener: (event: ExecutedCommand) => void): () => void;
}

type AnyHandler = (args: unknown) => void | Promise<void>;

export function createCommandRegistry(): CommandRegistry {
  const handlers = new Map<CommandName, AnyHandler>();
  const listeners = new Set<(event: ExecutedCommand) => void>();

  const notify = (event: ExecutedCommand): void => {
    for (const l of listeners) l(event);
  };

  return {
    register(name, handler) {
      if (!(name in commandSchemas)) throw new CommandError('UNKNOWN_COMMAND', `Unknown command "${String(name)}"`);
      if (handlers.has(name)) throw new CommandError('ALREADY_REGISTERED', `Command "${name}" already has a handler`);
      const h = handler as AnyHandler;
      handlers.set(name, h);
      return () => {
        if (handlers.get(name) === h) handlers.delete(name);
      };
    },
    async execute(name, args) {
      let error: CommandError | null = null;
      try {
        const schema = (commandSchemas as Record<string, (typeof commandSchemas)[CommandName] | undefined>)[name];
        if (!schema) throw new CommandError('UNKNOWN_COMMAND', `Unknown command "${String(name)}"`);
        const parsed = schema.safeParse(args);
        if (!parsed.success) {
          throw new CommandError('INVALID_ARGS', `Invalid arguments for ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'args'} ${i.message}`).join('; ')}`);
        }
        const handler = handlers.get(name);
        if (!handler) throw new CommandError('NO_HANDLER', `Nothing can run "${name}" right now (no view has registered it)`);
        await handler(parsed.data);
      } catch (e) {
        error = e instanceof CommandError ? e : new CommandError('UNAVAILABLE', `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      notify({ name, args, error });
      if (error) throw error;
    },
    has(name) {
      return handlers.has(name);
    },
    onExecuted(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
