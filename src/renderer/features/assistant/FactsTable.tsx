import type { AssistantAnswer } from '../../../shared/ipc/contract';

/** The measured facts an answer was built from; parsed loosely because facts are an open record in the contract. */
interface FactRow {
  name: string;
  volumeMl: number | null;
  mean: number | null;
  unit: string;
  extentMm: [number, number, number] | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function factRows(facts: AssistantAnswer['facts']): FactRow[] {
  return facts.map((f) => {
    const e = f.extentMm;
    const extent = Array.isArray(e) && e.length === 3 && e.every((x) => typeof x === 'number') ? (e as [number, number, number]) : null;
    return {
      name: typeof f.name === 'string' ? f.name : String(f.id ?? '?'),
      volumeMl: num(f.volumeMl),
      mean: num(f.intensityMean),
      unit: typeof f.intensityUnit === 'string' && f.intensityUnit !== 'unknown' ? f.intensityUnit : '',
      extentMm: extent,
    };
  });
}

const ml = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

/** Collapsible table of the facts used: volume (mL), mean intensity (HU for CT), extents (mm, R-L × A-P × I-S). */
export function FactsTable({ facts }: { facts: AssistantAnswer['facts'] }) {
  const rows = factRows(facts);
  if (rows.length === 0) return null;
  return (
    <details className="ws-facts" data-testid="assistant-facts">
      <summary>Measurements used ({rows.length})</summary>
      <table>
        <thead>
          <tr><th>Structure</th><th>Volume mL</th><th>Mean</th><th>Extent mm (R-L × A-P × I-S)</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <td>{r.name}</td>
              <td>{r.volumeMl === null ? '–' : ml(r.volumeMl)}</td>
              <td>{r.mean === null ? '–' : `${r.mean.toFixed(0)}${r.unit ? ` ${r.unit}` : ''}`}</td>
              <td>{r.extentMm ? r.extentMm.map((x) => x.toFixed(0)).join(' × ') : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
