import { useCallback, useEffect, useState } from 'react';
import type { Mat3, VolumeGeometry } from '../../../shared/domain/geometry';
import { voxelsFromBytes } from '../../../shared/domain/volume';
import type { LabelMapSummary, MeshPayload } from '../../../shared/ipc/contract';
import { call, getApi } from '../../api';
import type { MeasurementsById } from './measurements';
import { labelIndexTables, type LoadedLabels, type LoadedVolume } from './viewerData';

export interface ViewerData {
  volume: LoadedVolume | null;
  labels: LoadedLabels | null;
  measurements: MeasurementsById | null;
  meshes: MeshPayload[] | null;
  /** Human-readable progress ('' when idle). */
  status: string;
  meshStatus: string;
  error: string | null;
  /** Re-query the label maps (the newest is shown unless a labelMapId was given). */
  reloadLabels: () => void;
}

function toGeometry(g: { sizeIjk: [number, number, number]; spacingMm: [number, number, number]; originLps: [number, number, number]; direction: number[] }): VolumeGeometry {
  if (g.direction.length !== 9) throw new Error(`Geometry direction has ${g.direction.length} numbers, expected 9`);
  return { sizeIjk: g.sizeIjk, spacingMm: g.spacingMm, originLps: g.originLps, direction: g.direction as Mat3 };
}

/** Newest label map of a series (createdAt is ISO 8601, so string order is time order). */
export function newestLabelMap(maps: LabelMapSummary[]): LabelMapSummary | null {
  return maps.reduce<LabelMapSummary | null>((best, m) => (!best || m.createdAt > best.createdAt ? m : best), null);
}

/**
 * Loads a series' volume, then its label map (the given one or the newest), measurements and
 * surfaces, all through window.api. Re-queries label maps when a segmentation job finishes.
 */
export function useViewerData(seriesId: string, labelMapId: string | undefined): ViewerData {
  const [volume, setVolume] = useState<LoadedVolume | null>(null);
  const [labels, setLabels] = useState<LoadedLabels | null>(null);
  const [measurements, setMeasurements] = useState<MeasurementsById | null>(null);
  const [meshes, setMeshes] = useState<MeshPayload[] | null>(null);
  const [status, setStatus] = useState('Opening volume…');
  const [meshStatus, setMeshStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [labelsVersion, setLabelsVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setVolume(null);
    setStatus('Opening volume…');
    (async () => {
      const info = await call('volume.open', { seriesId });
      const raw = await call('volume.voxels', { volumeId: info.volumeId });
      if (!live) return;
      setVolume({ info, geometry: toGeometry(info.geometry), voxels: voxelsFromBytes(raw.dataType, raw.bytes) });
      setStatus('');
    })().catch((e: unknown) => live && setError(`Could not open the series: ${e instanceof Error ? e.message : String(e)}`));
    return () => { live = false; };
  }, [seriesId]);

  useEffect(() => getApi().on('job.done', (payload) => {
    if (payload.kind === 'segmentation') setLabelsVersion((v) => v + 1);
  }), []);

  useEffect(() => {
    let live = true;
    (async () => {
      const { labelMaps } = await call('labels.list', { seriesId });
      const chosen = labelMapId ? labelMaps.find((m) => m.labelMapId === labelMapId) ?? null : newestLabelMap(labelMaps);
      if (labelMapId && !chosen) throw new Error(`Label map ${labelMapId} does not belong to this series`);
      if (!chosen) {
        if (live) { setLabels(null); setMeshes([]); setMeasurements(null); }
        return;
      }
      const raw = await call('labels.voxels', { labelMapId: chosen.labelMapId });
      if (!live) return;
      setLabels({ summary: chosen, geometry: toGeometry(raw.geometry), voxels: voxelsFromBytes(raw.dataType, raw.bytes), ...labelIndexTables(chosen) });
      setMeshes(null);
      setMeshStatus('· computing surfaces…');
      const measured = call('labels.measure', { labelMapId: chosen.labelMapId }).then(({ measurements: list }) => {
        if (live) setMeasurements(new Map(list.map((m) => [m.id, m])));
      });
      const meshed = call('meshes.get', { labelMapId: chosen.labelMapId }).then(({ meshes: list }) => {
        if (!live) return;
        setMeshes(list);
        setMeshStatus('');
      });
      await Promise.all([measured, meshed]);
    })().catch((e: unknown) => {
      if (!live) return;
      setMeshStatus('');
      setError(`Could not load the segmentation: ${e instanceof Error ? e.message : String(e)}`);
    });
    return () => { live = false; };
  }, [seriesId, labelMapId, labelsVersion]);

  const reloadLabels = useCallback(() => setLabelsVersion((v) => v + 1), []);
  return { volume, labels, measurements, meshes, status, meshStatus, error, reloadLabels };
}
