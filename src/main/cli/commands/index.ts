import type { CliCommand } from '../command';
import { importCommand } from './import';
import { infoCommand } from './info';
import { listCommand } from './list';

/** Every `ostendo` subcommand, in help order. */
export const COMMANDS: CliCommand[] = [importCommand, listCommand, infoCommand];
