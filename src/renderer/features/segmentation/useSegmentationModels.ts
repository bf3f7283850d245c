import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../../api';

export type ModelsDocument = ResponseOf<'segmentation.models'>;

export interface SegmentationModels {
  doc: ModelsDocument | null;
  error: string | null;
}

/** The installed model packages, the built-ins and the execution providers that start on this machine. */
export function useSegmentationModels(): SegmentationModels {
  const [doc, setDoc] = useState<ModelsDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('segmentation.models', {})
      .then((d) => live && setDoc(d))
      .catch((e: unknown) => live && setError(`Could not list segmentation models: ${e instanceof Error ? e.message : String(e)}`));
    return () => { live = false; };
  }, []);
  return { doc, error };
}
