import { OstendoError } from '../../shared/errors';
import type { ParsedArgs } from './command';

/** `--flag value`, `--flag=value`, boolean flags listed in `booleanFlags`; everything else is positional. */
export function parseArgs(argv: string[], booleanFlags: string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const booleans = new Set(['json', 'help', ...booleanFlags]);
  for (let n = 0; n < argv.length; n++) {
    const arg = argv[n];
    if (arg === '--') {
      positional.push(...argv.slice(n + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq > 0) flags[name] = arg.slice(eq + 1);
    else if (booleans.has(name)) flags[name] = true;
    else {
      const value = argv[n + 1];
      if (value === undefined || value.startsWith('--')) throw new OstendoError('INVALID_REQUEST', `--${name} needs a value`);
      flags[name] = value;
      n++;
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}
