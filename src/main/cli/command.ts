/** A CLI subcommand. Output goes through `io` so tests and the binary share one path. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface ParsedArgs {
  /** positional arguments after the command name */
  positional: string[];
  /** --flag value / --flag (true) */
  flags: Record<string, string | boolean>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Flags that take no value. */
  booleanFlags?: string[];
  /** Returns the process exit code. Throw OstendoError for failures (exit 1, message on stderr). */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
