import type { ResponseOf } from '../../../shared/ipc/contract';

export type Measurement = ResponseOf<'labels.measure'>['measurements'][number];
/** Measurements keyed by structure id. */
export type MeasurementsById = Map<string, Measurement>;
