import { toErrorPayload } from '../../shared/errors';
import type { CliIo } from './command';
import { COMMANDS } from './commands';
import { parseArgs } from './parseArgs';

function help(io: CliIo): void {
  io.stdout('ostendo — the Ostendo workstation on the command line (offline; data stays on this machine)\n');
  for (const c of COMMANDS) io.stdout(`  ${c.name.padEnd(10)} ${c.summary}`);
  io.stdout('\nRun `ostendo <command> --help` for a command\'s usage. --json prints one JSON document on stdout.');
}

/** Run the CLI; returns the exit code. Errors go to stderr as `error [CODE]: message` (JSON with --json). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help' || name === '-h') {
    help(io);
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`error [INVALID_REQUEST]: unknown command '${name}'`);
    help(io);
    return 1;
  }
  const json = rest.includes('--json');
  try {
    const args = parseArgs(rest, command.booleanFlags);
    if (args.flags.help) {
      io.stdout(command.usage);
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    const p = toErrorPayload(e);
    io.stderr(json ? JSON.stringify({ error: p }) : `error [${p.code}]: ${p.message}`);
    return 1;
  }
}
