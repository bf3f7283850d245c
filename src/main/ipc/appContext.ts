import type { Volume } from '../../shared/domain/volume';
import { JobManager, type Emit } from '../jobs/jobManager';
import { LlmModelManager } from '../services/assistant/llm/llmModelManager';
import { StudyLibrary } from '../services/library/studyLibrary';

/** Everything the IPC handlers need; built by Electron main or by the test host (no Electron types here). */
export interface AppContext {
  library: StudyLibrary;
  jobs: JobManager;
  emit: Emit;
  /** Models shipped with the app (read-only). */
  appModelsDir: string;
  /** The user's model folder (GGUF and ONNX packages they add). */
  userModelsDir: string;
  /** The local language model, if one is loaded (at most one). */
  llm: LlmModelManager;
  /** Native file/folder pickers (Electron dialogs); the test host returns preset paths. */
  pickImportPaths: () => Promise<string[]>;
  pickLabelFile: () => Promise<string | null>;
  pickExportFolder: () => Promise<string | null>;
  /** Open volumes by volumeId, so voxels are read from disk once per open. */
  openVolumes: Map<string, { seriesId: string; volume: Volume }>;
}

export interface AppContextOptions {
  libraryDir: string;
  appModelsDir: string;
  userModelsDir: string;
  emit: Emit;
  pickImportPaths: () => Promise<string[]>;
  pickLabelFile: () => Promise<string | null>;
  pickExportFolder: () => Promise<string | null>;
}

/** Open the library and the long-lived services. Call disposeAppContext when the window goes. */
export function createAppContext(options: AppContextOptions): AppContext {
  return {
    library: StudyLibrary.open(options.libraryDir),
    jobs: new JobManager(options.emit),
    emit: options.emit,
    appModelsDir: options.appModelsDir,
    userModelsDir: options.userModelsDir,
    llm: new LlmModelManager({ modelFolders: [options.appModelsDir, options.userModelsDir] }),
    pickImportPaths: options.pickImportPaths,
    pickLabelFile: options.pickLabelFile,
    pickExportFolder: options.pickExportFolder,
    openVolumes: new Map(),
  };
}

export async function disposeAppContext(ctx: AppContext): Promise<void> {
  ctx.jobs.cancelAll();
  ctx.openVolumes.clear();
  await ctx.llm.dispose();
  ctx.library.close();
}
