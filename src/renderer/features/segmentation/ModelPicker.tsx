import type { ModelSummary } from '../../../shared/ipc/contract';

export interface ModelPickerProps {
  models: ModelSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  disabled: boolean;
}

/** Installed packages and built-ins; each with its licence (expandable); invalid ones disabled with their problem. */
export function ModelPicker({ models, selectedId, onSelect, disabled }: ModelPickerProps) {
  if (models.length === 0) return <div className="ws-muted">No segmentation models are installed.</div>;
  return (
    <ul className="ws-models" role="radiogroup" aria-label="Segmentation model">
      {models.map((m) => (
        <li key={m.id} className={`ws-model-item${m.valid ? '' : ' is-invalid'}`} data-testid={`seg-model-${m.id}`}>
          <label>
            <input type="radio" name="seg-model" value={m.id} checked={selectedId === m.id} disabled={disabled || !m.valid} onChange={() => onSelect(m.id)} />
            <span className="ws-model-name">{m.name}</span>
            <span className="ws-muted"> {m.version} · {m.modality}{m.builtin ? ' · built-in' : ''}</span>
          </label>
          {!m.valid && <div className="ws-error" data-testid={`seg-model-problem-${m.id}`}>Unusable: {m.problem ?? 'the package failed its checks'}</div>}
          <div className="ws-muted ws-small" title={m.structures.join(', ')}>
            {m.structures.length} structure{m.structures.length === 1 ? '' : 's'}: {m.structures.slice(0, 6).join(', ')}{m.structures.length > 6 ? ', …' : ''}
          </div>
          <details className="ws-licence">
            <summary>Licence: {m.licence.name}</summary>
            <pre>{m.licence.text}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
