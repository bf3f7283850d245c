import { useCallback, useState } from 'react';
import { ImportPanel, StudyBrowser, useLibrary } from './features/studies';
import { ViewerWorkspace } from './features/viewer';
import { WorkspaceSidePanel } from './features/workspace';

/** The workstation shell: library on the left, the selected series in the viewer workspace on the right. */
export function App() {
  const { patients, error, refresh } = useLibrary();
  const [selected, setSelected] = useState<string | null>(null);
  // undefined: the viewer and side panel show the newest label map of the series
  const [activeLabelMapId, setActiveLabelMapId] = useState<string | undefined>(undefined);
  const onImported = useCallback(() => void refresh(), [refresh]);
  const onSelect = useCallback((seriesId: string) => {
    // reset in the same update so the viewer never gets another series' label map id
    setActiveLabelMapId(undefined);
    setSelected(seriesId);
  }, []);
  return (
    <div className="app">
      <aside>
        <div className="app-title">
          OSTENDO <small>offline workstation</small>
        </div>
        <ImportPanel onImported={onImported} />
        {error && <div className="section errors">{error}</div>}
        <StudyBrowser patients={patients} selectedSeriesId={selected} onSelect={onSelect} />
      </aside>
      <main>
        {selected ? (
          <ViewerWorkspace
            key={selected}
            seriesId={selected}
            labelMapId={activeLabelMapId}
            sidePanel={<WorkspaceSidePanel seriesId={selected} labelMapId={activeLabelMapId} onLabelMapChange={setActiveLabelMapId} />}
          />
        ) : (
          <div className="empty">Select a series in the library.</div>
        )}
      </main>
    </div>
  );
}
