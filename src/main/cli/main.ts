/** Entry of the `ostendo` binary (bundled to out/main/cli.js). */
import { runCli } from './runCli';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
// let stdout drain before exiting, so piped JSON is never cut short
process.stdout.write('', () => process.exit(code));
