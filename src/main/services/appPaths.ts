import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Ostendo';

/**
 * The per-user application data folder, following Electron's `app.getPath('userData')` convention so the CLI and
 * the desktop app share one library without importing Electron.
 */
export function userDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** Library folder: OSTENDO_HOME when set, else <userData>/library. */
export function defaultLibraryDir(): string {
  return process.env.OSTENDO_HOME ? path.resolve(process.env.OSTENDO_HOME) : path.join(userDataDir(), 'library');
}

/** The user's own model folder (GGUF and ONNX packages they add). */
export function userModelsDir(): string {
  return path.join(userDataDir(), 'models');
}
