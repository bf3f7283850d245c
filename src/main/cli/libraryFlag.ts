import path from 'node:path';
import { defaultLibraryDir } from '../services/appPaths';
import { StudyLibrary } from '../services/library/studyLibrary';
import type { ParsedArgs } from './command';
import { stringFlag } from './parseArgs';

/** Open the library named by --library, else OSTENDO_HOME, else the app's data folder. */
export function openLibraryFromArgs(args: ParsedArgs): StudyLibrary {
  const dir = stringFlag(args, 'library');
  return StudyLibrary.open(dir ? path.resolve(dir) : defaultLibraryDir());
}
