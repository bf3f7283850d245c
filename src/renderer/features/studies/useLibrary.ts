import { useCallback, useEffect, useState } from 'react';
import type { PatientSummary } from '../../../shared/ipc/contract';
import { call } from '../../api';

/** The library tree, with a refresh function. */
export function useLibrary(): { patients: PatientSummary[]; error: string | null; refresh: () => Promise<void> } {
  const [patients, setPatients] = useState<PatientSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      setPatients((await call('library.list', {})).patients);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { patients, error, refresh };
}
