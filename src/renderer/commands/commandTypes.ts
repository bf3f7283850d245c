import { z } from 'zod';

/** Views that can be maximised; null restores the 2x2 layout. */
export const VIEW_NAMES = ['axial', 'coronal', 'sagittal', '3d'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

const ids = z.array(z.string().min(1)).min(1);

/**
 * Argument schemas of every scene command. The panel, keyboard shortcuts and the assistant all
 * call these by name; arguments are validated at run time because the assistant's come from a model.
 */
export const commandSchemas = {
  /** Show only these structures (surfaces and 2D overlay) and clip the volume rendering to them. */
  'structures.isolate': z.object({ ids }),
  'structures.show': z.object({ ids }),
  'structures.hide': z.object({ ids }),
  /** Show every structure and remove any volume clip. */
  'structures.showAll': z.object({}),
  /** Select a structure (null clears); the crosshair moves to its centroid. */
  'structures.select': z.object({ id: z.string().min(1).nullable() }),
  /** Opacity 0..1 of one structure's overlay and surface. */
  'structures.setOpacity': z.object({ id: z.string().min(1), opacity: z.number().min(0).max(1) }),
  /** Linked crosshair position, LPS millimetres. */
  'crosshair.set': z.object({ positionLps: z.tuple([z.number(), z.number(), z.number()]) }),
  'view.maximize': z.object({ view: z.enum(VIEW_NAMES).nullable() }),
  /** Re-read the series' label maps (after region growing or undo); shows the newest unless one was chosen. */
  'labels.reload': z.object({}),
  /** Volume rendering masked to these structures; null removes the mask. */
  'volume.clipToStructures': z.object({ ids: ids.nullable() }),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandArgs<N extends CommandName> = z.input<(typeof commandSchemas)[N]>;
export type CommandHandler<N extends CommandName> = (args: z.output<(typeof commandSchemas)[N]>) => void | Promise<void>;

export const COMMAND_NAMES = Object.keys(commandSchemas) as CommandName[];

export type CommandErrorCode = 'UNKNOWN_COMMAND' | 'NO_HANDLER' | 'INVALID_ARGS' | 'UNKNOWN_STRUCTURE' | 'UNAVAILABLE' | 'ALREADY_REGISTERED';

/** A command that could not run; `code` is stable, `message` fit to show (or to feed back to the assistant). */
export class CommandError extends Error {
  readonly code: CommandErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: CommandErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'CommandError';
    this.code = code;
    this.details = details;
  }
}
