export { ImportPanel } from './ImportPanel';
export { StudyBrowser } from './StudyBrowser';
export { SeriesPreview } from './SeriesPreview';
export { useLibrary } from './useLibrary';
export { CT_WINDOW_PRESETS } from './windowPresets';
