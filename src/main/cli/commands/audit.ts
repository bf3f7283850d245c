import { OstendoError } from '../../../shared/errors';
import type { CliCommand } from '../command';
import { openLibraryFromArgs } from '../libraryFlag';
import { stringFlag } from '../parseArgs';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Show the audit log: who imported, opened, exported or deleted what, and every AI output, newest first',
  usage: 'ostendo audit [--limit N] [--library DIR] [--json]',
  async run(args, io) {
    const limitFlag = stringFlag(args, 'limit') ?? '50';
    const limit = Number(limitFlag);
    if (!Number.isInteger(limit) || limit < 1) throw new OstendoError('INVALID_REQUEST', `--limit must be a positive integer, got ${limitFlag}`);
    const library = openLibraryFromArgs(args);
    try {
      const entries = library.auditEntries(limit).map((e) => ({
        id: e.id, at: e.at, actor: e.actor, action: e.action, subjectType: e.subject_type, subjectId: e.subject_id,
        detail: JSON.parse(e.detail_json) as Record<string, unknown>,
      }));
      if (args.flags.json) io.stdout(JSON.stringify({ entries }, null, 2));
      else for (const e of entries) io.stdout(`${e.at}  ${e.actor.padEnd(10)} ${e.action.padEnd(14)} ${e.subjectType} ${e.subjectId}`);
      return 0;
    } finally {
      library.close();
    }
  },
};
