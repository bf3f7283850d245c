import type { CliCommand } from '../command';
import { askCommand } from './ask';
import { auditCommand } from './audit';
import { importCommand } from './import';
import { infoCommand } from './info';
import { interpretCommand } from './interpret';
import { labelsCommand } from './labels';
import { listCommand } from './list';
import { measureCommand } from './measure';
import { meshCommand } from './mesh';
import { modelsCommand } from './models';
import { segmentCommand } from './segment';

/** Every `ostendo` subcommand, in help order. */
export const COMMANDS: CliCommand[] = [
  importCommand,
  listCommand,
  infoCommand,
  modelsCommand,
  segmentCommand,
  labelsCommand,
  measureCommand,
  meshCommand,
  interpretCommand,
  askCommand,
  auditCommand,
];
