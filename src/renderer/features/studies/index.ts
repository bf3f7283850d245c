export { ImportPanel } from './ImportPanel';
export { StudyBrowser } from './StudyBrowser';
export { useLibrary } from './useLibrary';
