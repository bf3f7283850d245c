import type { CliCommand } from '../command';
import { openLibraryFromArgs } from '../libraryFlag';

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List patients, studies and series in the library',
  usage: 'ostendo list [--library DIR] [--json]',
  async run(args, io) {
    const library = openLibraryFromArgs(args);
    try {
      const patients = library.list();
      if (args.flags.json) {
        io.stdout(JSON.stringify({ patients }, null, 2));
        return 0;
      }
      if (patients.length === 0) io.stdout('The library is empty.');
      for (const p of patients) {
        io.stdout(`${p.name} ${p.patientId ? `(${p.patientId})` : ''} [${p.id}]`);
        for (const st of p.studies) {
          io.stdout(`  study ${st.date ?? 'undated'} ${st.description} [${st.id}]`);
          for (const se of st.series) {
            io.stdout(`    ${se.id}  ${se.modality}  ${se.sizeIjk.join('x')}  ${se.sliceCount} slices  ${se.description}${se.labelMapCount ? `  (${se.labelMapCount} label maps)` : ''}`);
          }
        }
      }
      return 0;
    } finally {
      library.close();
    }
  },
};
