import { useCallback, useState } from 'react';
import { ImportPanel, SeriesPreview, StudyBrowser, useLibrary } from './features/studies';

/** The workstation shell: library on the left, the selected series on the right. */
export function App() {
  const { patients, error, refresh } = useLibrary();
  const [selected, setSelected] = useState<string | null>(null);
  const onImported = useCallback(() => void refresh(), [refresh]);
  return (
    <div className="app">
      <aside>
        <div className="app-title">
          OSTENDO <small>offline workstation</small>
        </div>
        <ImportPanel onImported={onImported} />
        {error && <div className="section errors">{error}</div>}
        <StudyBrowser patients={patients} selectedSeriesId={selected} onSelect={setSelected} />
      </aside>
      <main>{selected ? <SeriesPreview seriesId={selected} /> : <div className="empty">Select a series in the library.</div>}</main>
    </div>
  );
}
