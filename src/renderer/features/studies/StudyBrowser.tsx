import type { PatientSummary } from '../../../shared/ipc/contract';

function formatDate(d: string | null): string {
  if (!d) return 'undated';
  return /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : d;
}

/** Patients → studies → series, with modality, date and slice count. */
export function StudyBrowser(props: { patients: PatientSummary[]; selectedSeriesId: string | null; onSelect: (seriesId: string) => void }) {
  if (props.patients.length === 0) return <div className="section muted">The library is empty. Import a study to begin.</div>;
  return (
    <div className="section" data-testid="study-browser">
      <h3>Library</h3>
      <ul className="tree">
        {props.patients.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> {p.patientId && <span className="muted">({p.patientId})</span>}
            <ul>
              {p.studies.map((st) => (
                <li key={st.id}>
                  <span className="muted">{formatDate(st.date)}</span> {st.description || 'Study'}
                  <ul>
                    {st.series.map((se) => (
                      <li
                        key={se.id}
                        className={`series-item${se.id === props.selectedSeriesId ? ' selected' : ''}`}
                        data-testid={`series-${se.id}`}
                        onClick={() => props.onSelect(se.id)}
                      >
                        <span>
                          <span className="badge">{se.modality}</span> {se.description || 'Series'}
                        </span>
                        <span className="muted">{se.sliceCount} sl.</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
