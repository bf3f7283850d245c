/** Electron main: lifecycle, window, IPC registration. The real work lives in ./services. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { createHandlers } from './ipc/createHandlers';
import { registerIpc, sendEvent } from './ipc/registerIpc';
import { defaultLibraryDir, userDataDir, userModelsDir } from './services/appPaths';
import { createAppContext, disposeAppContext, type AppContext } from './ipc/appContext';
import type { Emit } from './jobs/jobManager';
import { mainWindowOptions } from './window/mainWindowOptions';
import { lockDownContents, lockDownSession } from './window/lockDownSession';

const devServerUrl = process.env.ELECTRON_RENDERER_URL ?? null;
const rendererIndex = path.join(__dirname, '../renderer/index.html');
const rendererUrl = devServerUrl ?? pathToFileURL(rendererIndex).href;

function isAppUrl(url: string): boolean {
  return devServerUrl ? url.startsWith(devServerUrl) : url.split('#')[0].split('?')[0] === rendererUrl;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setPath('userData', userDataDir());
  let mainWindow: BrowserWindow | null = null;
  let context: AppContext | null = null;

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, isAppUrl));

  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession, devServerUrl ? new URL(devServerUrl).origin : null);
    const window = new BrowserWindow(mainWindowOptions(path.join(__dirname, '../preload/index.cjs')));
    mainWindow = window;
    const emit: Emit = (event, payload) => sendEvent(window.webContents, event, payload);
    const ctx = createAppContext({
      libraryDir: defaultLibraryDir(),
      appModelsDir: path.join(app.getAppPath(), 'models'),
      userModelsDir: userModelsDir(),
      emit,
      pickImportPaths: async () => {
        const result = await dialog.showOpenDialog(window, {
          title: 'Import studies',
          properties: ['openFile', 'openDirectory', 'multiSelections'],
          filters: [{ name: 'Images', extensions: ['dcm', 'nii', 'gz', 'nrrd', 'nhdr', 'mha', 'mhd', '*'] }],
        });
        return result.canceled ? [] : result.filePaths;
      },
      pickLabelFile: async () => {
        const result = await dialog.showOpenDialog(window, {
          title: 'Load a label map',
          properties: ['openFile'],
          filters: [{ name: 'Label maps', extensions: ['nii', 'gz', 'nrrd', 'nhdr', 'mha', 'mhd'] }],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      pickExportFolder: async () => {
        const result = await dialog.showOpenDialog(window, { title: 'Export meshes to…', properties: ['openDirectory', 'createDirectory'] });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    });
    context = ctx;
    const handlers = createHandlers(ctx);
    const unregister = registerIpc(handlers, isAppUrl);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      mainWindow = null;
      ctx.jobs.cancelAll();
      unregister();
    });
    void window.loadURL(rendererUrl);
  });

  app.on('window-all-closed', () => {
    const closing = context;
    context = null;
    void (closing ? disposeAppContext(closing) : Promise.resolve()).finally(() => app.quit());
  });
}
