import { useCallback, useEffect, useState } from 'react';
import type { LabelMapSummary } from '../../../shared/ipc/contract';
import { call, getApi } from '../../api';

export interface LabelMaps {
  /** Newest first (as labels.list returns them). */
  labelMaps: LabelMapSummary[];
  error: string | null;
  refresh(): Promise<void>;
}

/** The label maps of a series; re-read when a segmentation job finishes or `version` changes. */
export function useLabelMaps(seriesId: string, version: string | undefined): LabelMaps {
  const [labelMaps, setLabelMaps] = useState<LabelMapSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setLabelMaps((await call('labels.list', { seriesId })).labelMaps);
      setError(null);
    } catch (e) {
      setError(`Could not list label maps: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [seriesId]);
  useEffect(() => { void refresh(); }, [refresh, version]);
  useEffect(() => getApi().on('job.done', (p) => {
    if (p.kind === 'segmentation') void refresh();
  }), [refresh]);
  return { labelMaps, error, refresh };
}
