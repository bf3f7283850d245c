/** Entry of the `ostendo` binary (bundled to out/main/cli.js). */
import { runCli } from './runCli';

// stdout is reserved for the command's own output (one JSON document with --json). Libraries that print
// (itk-wasm's decoder logs, for one) are diverted to stderr so they can never corrupt that document.
const writeStdout = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
  (process.stderr.write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => writeStdout(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
// let stdout drain before exiting, so piped JSON is never cut short
writeStdout('', () => process.exit(code));
