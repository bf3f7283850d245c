import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { type CommandRegistry, createCommandRegistry } from './commandRegistry';
import type { CommandArgs, CommandName } from './commandTypes';

const RegistryContext = createContext<CommandRegistry | null>(null);

/**
 * Provides one command registry to a subtree. Place it above the viewer and the panels that call
 * commands (assistant, segmentation). A nested provider without `registry` reuses the outer one.
 */
export function CommandRegistryProvider(props: { registry?: CommandRegistry; children: ReactNode }) {
  const outer = useContext(RegistryContext);
  const [own] = useState(() => props.registry ?? outer ?? createCommandRegistry());
  return <RegistryContext.Provider value={own}>{props.children}</RegistryContext.Provider>;
}

/** The registry of the nearest provider; throws when there is none (a wiring bug, not a user error). */
export function useCommandRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommandRegistry: no <CommandRegistryProvider> above this component');
  return registry;
}

/** `execute(name, args)` typed by the command map; rejects with CommandError. */
export function useCommands(): { execute: <N extends CommandName>(name: N, args: CommandArgs<N>) => Promise<void>; registry: CommandRegistry } {
  const registry = useCommandRegistry();
  return useMemo(() => ({ execute: registry.execute, registry }), [registry]);
}
