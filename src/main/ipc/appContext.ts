import type { Volume } from '../../shared/domain/volume';
import type { Emit, JobManager } from '../jobs/jobManager';
import type { StudyLibrary } from '../services/library/studyLibrary';

/** Everything the IPC handlers need; built by Electron main or by the test host (no Electron types here). */
export interface AppContext {
  library: StudyLibrary;
  jobs: JobManager;
  emit: Emit;
  /** Models shipped with the app (read-only). */
  appModelsDir: string;
  /** The user's model folder (GGUF and ONNX packages they add). */
  userModelsDir: string;
  /** Native file/folder picker (Electron dialog); the test host returns preset paths. */
  pickImportPaths: () => Promise<string[]>;
  /** Open volumes by volumeId, so voxels are read from disk once per open. */
  openVolumes: Map<string, { seriesId: string; volume: Volume }>;
}
