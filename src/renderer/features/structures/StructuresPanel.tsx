import type { CommandArgs, CommandName } from '../../commands';

/** What the panel shows for one structure. */
export interface StructureRow {
  id: string;
  name: string;
  color: [number, number, number];
  visible: boolean;
  opacity: number;
  volumeMl: number | null;
}

export interface StructuresPanelProps {
  structures: StructureRow[];
  selectedId: string | null;
  hoveredId: string | null;
  overlayMode: 'fill' | 'outline';
  onOverlayModeChange: (mode: 'fill' | 'outline') => void;
  /** Pointer over a row (highlights the structure in the views); null when it leaves. */
  onHover: (id: string | null) => void;
  /** The command registry's execute: the panel changes the scene only through commands. */
  execute: <N extends CommandName>(name: N, args: CommandArgs<N>) => Promise<void>;
  onError: (message: string) => void;
}

function formatMl(ml: number | null): string {
  if (ml === null) return '…';
  return ml >= 100 ? `${ml.toFixed(0)} mL` : ml >= 1 ? `${ml.toFixed(1)} mL` : `${ml.toFixed(2)} mL`;
}

/** Lists the segmentation's structures: colour, name, visibility, opacity, volume; isolate and select. */
export function StructuresPanel(props: StructuresPanelProps) {
  const { structures, execute } = props;
  const run = <N extends CommandName>(name: N, args: CommandArgs<N>) => {
    execute(name, args).catch((e: unknown) => props.onError(e instanceof Error ? e.message : String(e)));
  };
  if (structures.length === 0) {
    return <section className="ov-structures" data-testid="structures-panel"><h3>Structures</h3><p className="ov-muted">No segmentation for this series.</p></section>;
  }
  return (
    <section className="ov-structures" data-testid="structures-panel">
      <header className="ov-structures-head">
        <h3>Structures ({structures.length})</h3>
        <button type="button" data-testid="structures-show-all" onClick={() => run('structures.showAll', {})}>Show all</button>
        <select aria-label="2D overlay style" data-testid="overlay-mode" value={props.overlayMode} onChange={(e) => props.onOverlayModeChange(e.target.value as 'fill' | 'outline')}>
          <option value="fill">Fill</option>
          <option value="outline">Outline</option>
        </select>
      </header>
      <ul>
        {structures.map((s) => (
          <li
            key={s.id}
            data-testid={`structure-row-${s.id}`}
            data-selected={s.id === props.selectedId}
            onMouseEnter={() => props.onHover(s.id)}
            onMouseLeave={() => props.onHover(null)}
            className={`ov-structure${s.id === props.selectedId ? ' is-selected' : ''}${s.id === props.hoveredId ? ' is-hovered' : ''}`}
          >
            <input
              type="checkbox"
              aria-label={`Show ${s.name}`}
              data-testid={`structure-visible-${s.id}`}
              checked={s.visible}
              onChange={(e) => run(e.target.checked ? 'structures.show' : 'structures.hide', { ids: [s.id] })}
            />
            <span className="ov-swatch" style={{ background: `rgb(${s.color.join(',')})` }} />
            <button type="button" className="ov-structure-name" onClick={() => run('structures.select', { id: s.id })}>{s.name}</button>
            <span className="ov-volume" data-testid={`structure-volume-${s.id}`}>{formatMl(s.volumeMl)}</span>
            <input
              type="range" min={0} max={1} step={0.05} value={s.opacity}
              aria-label={`${s.name} opacity`}
              data-testid={`structure-opacity-${s.id}`}
              onChange={(e) => run('structures.setOpacity', { id: s.id, opacity: Number(e.target.value) })}
            />
            <button type="button" title="Show only this" data-testid={`structure-isolate-${s.id}`} onClick={() => run('structures.isolate', { ids: [s.id] })}>Isolate</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
