import { z } from 'zod';
import {
  bytesSchema,
  errorPayloadSchema,
  geometrySchema,
  idSchema,
  jobIdSchema,
  labelClassSchema,
  measurementSchema,
  modalitySchema,
  sceneActionSchema,
  unitSchema,
  vec3,
  voxelDataTypeSchema,
} from './schemas';

/**
 * The single definition of every IPC channel (request + response) and every event payload.
 * Main validates requests with these schemas; the preload exposes exactly these channel names.
 * Long work returns `{ jobId }` at once; progress and the outcome arrive as `job.*` events.
 */

const seriesSummary = z.object({
  id: idSchema,
  seriesUid: z.string(),
  modality: modalitySchema,
  description: z.string(),
  sliceCount: z.number().int(),
  sizeIjk: vec3,
  spacingMm: vec3,
  importedAt: z.string(),
  labelMapCount: z.number().int(),
});
const studySummary = z.object({
  id: idSchema,
  studyUid: z.string(),
  date: z.string().nullable(),
  description: z.string(),
  series: z.array(seriesSummary),
});
const patientSummary = z.object({
  id: idSchema,
  patientId: z.string(),
  name: z.string(),
  birthDate: z.string().nullable(),
  studies: z.array(studySummary),
});
const skippedFile = z.object({ path: z.string(), code: z.string(), reason: z.string() });
export const importResultSchema = z.object({
  imported: z.array(z.object({ id: idSchema, modality: modalitySchema, sizeIjk: vec3, spacingMm: vec3, description: z.string(), newlyAdded: z.boolean() })),
  skipped: z.array(skippedFile),
});
const volumeInfo = z.object({
  volumeId: idSchema,
  seriesId: idSchema,
  geometry: geometrySchema,
  modality: modalitySchema,
  unit: unitSchema,
  dataType: voxelDataTypeSchema,
  minValue: z.number(),
  maxValue: z.number(),
});
const labelMapSummary = z.object({
  labelMapId: idSchema,
  seriesId: idSchema,
  source: z.string(),
  classes: z.array(labelClassSchema),
  provenance: z.string(),
  createdAt: z.string(),
});
const meshPayload = z.object({
  structureId: z.string(),
  label: z.number().int(),
  /** Float32 xyz triplets, LPS mm */
  pointsLps: bytesSchema,
  /** Uint32 triangle vertex indices */
  triangles: bytesSchema,
});
const modelSummary = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  licence: z.object({ name: z.string(), text: z.string() }),
  modality: z.string(),
  builtin: z.boolean(),
  valid: z.boolean(),
  problem: z.string().optional(),
  structures: z.array(z.string()),
});
export const assistantAnswerSchema = z.object({
  action: sceneActionSchema,
  text: z.string(),
  facts: z.array(z.record(z.string(), z.unknown())),
  usedLlm: z.boolean(),
  model: z.string().nullable(),
  flaggedNumbers: z.array(z.string()),
  /** Ids of absent structures whose sentences were removed from the LLM's text. */
  flaggedStructures: z.array(z.string()),
  /** Who produced the text and from what (shown with the answer: AI output is labelled). */
  provenance: z.string(),
  crossCheck: z.enum(['llm-only', 'agreed', 'interpreter-preferred', 'llm-invalid', 'no-llm']),
  conversationId: z.string(),
});

export const channels = {
  'library.import': { request: z.object({ paths: z.array(z.string().min(1)).min(1) }), response: z.object({ jobId: jobIdSchema }) },
  'library.list': { request: z.object({}), response: z.object({ patients: z.array(patientSummary) }) },
  'library.deleteSeries': { request: z.object({ seriesId: idSchema }), response: z.object({ deleted: z.boolean() }) },
  'dialog.pickImportPaths': { request: z.object({}), response: z.object({ paths: z.array(z.string()) }) },
  /** A label map file (NIfTI/NRRD/MHA) to attach to a series; null when cancelled. */
  'dialog.pickLabelFile': { request: z.object({}), response: z.object({ path: z.string().nullable() }) },
  /** A folder to export meshes into; null when cancelled. */
  'dialog.pickExportFolder': { request: z.object({}), response: z.object({ path: z.string().nullable() }) },
  'volume.open': { request: z.object({ seriesId: idSchema }), response: volumeInfo },
  'volume.voxels': { request: z.object({ volumeId: idSchema }), response: z.object({ dataType: voxelDataTypeSchema, bytes: bytesSchema }) },
  'labels.list': { request: z.object({ seriesId: idSchema }), response: z.object({ labelMaps: z.array(labelMapSummary) }) },
  'labels.attachFile': {
    request: z.object({ seriesId: idSchema, path: z.string().min(1), classes: z.string().optional() }),
    response: labelMapSummary,
  },
  'labels.voxels': { request: z.object({ labelMapId: idSchema }), response: z.object({ geometry: geometrySchema, dataType: voxelDataTypeSchema, bytes: bytesSchema }) },
  'labels.measure': { request: z.object({ labelMapId: idSchema }), response: z.object({ measurements: z.array(measurementSchema) }) },
  'meshes.get': {
    request: z.object({ labelMapId: idSchema, structureIds: z.array(z.string()).optional() }),
    response: z.object({ meshes: z.array(meshPayload) }),
  },
  'meshes.export': {
    request: z.object({ labelMapId: idSchema, structureIds: z.array(z.string()), format: z.enum(['stl', 'obj']), outDir: z.string().min(1) }),
    response: z.object({ files: z.array(z.string()) }),
  },
  'segmentation.models': {
    request: z.object({}),
    response: z.object({ models: z.array(modelSummary), providers: z.array(z.object({ provider: z.string(), available: z.boolean(), reason: z.string().optional() })) }),
  },
  'segmentation.run': {
    request: z.object({ seriesId: idSchema, modelId: z.string().min(1), provider: z.string().optional() }),
    response: z.object({ jobId: jobIdSchema }),
  },
  'segmentation.regionGrow': {
    request: z.object({
      seriesId: idSchema,
      /** The label map to add the region to (a new version is stored); none: a new label map. */
      labelMapId: idSchema.optional(),
      seedIjk: vec3,
      toleranceHu: z.number().positive().max(2000),
      name: z.string().min(1).max(80),
    }),
    response: labelMapSummary,
  },
  'segmentation.undo': { request: z.object({ labelMapId: idSchema }), response: z.object({ deleted: z.boolean() }) },
  'assistant.status': {
    request: z.object({}),
    response: z.object({ state: z.enum(['none', 'loading', 'loaded', 'error']), model: z.string().nullable(), device: z.string().nullable(), gpuLayers: z.number().int(), available: z.array(z.string()), error: z.string().optional() }),
  },
  'assistant.loadModel': { request: z.object({ file: z.string().min(1) }), response: z.object({ jobId: jobIdSchema }) },
  'assistant.unloadModel': { request: z.object({}), response: z.object({ unloaded: z.boolean() }) },
  'assistant.ask': {
    request: z.object({
      seriesId: idSchema,
      labelMapId: idSchema,
      prompt: z.string().min(1).max(2000),
      conversationId: z.string().optional(),
      /** Structures visible on screen now: what "explain what I'm seeing" refers to. */
      visibleStructureIds: z.array(z.string()).max(1000).optional(),
    }),
    response: z.object({ jobId: jobIdSchema, conversationId: z.string() }),
  },
  'jobs.cancel': { request: z.object({ jobId: jobIdSchema }), response: z.object({ cancelled: z.boolean() }) },
} as const;

export const events = {
  'job.progress': z.object({ jobId: jobIdSchema, fraction: z.number().min(0).max(1), message: z.string().optional() }),
  'job.done': z.object({ jobId: jobIdSchema, kind: z.string(), result: z.unknown() }),
  'job.failed': z.object({ jobId: jobIdSchema, kind: z.string(), error: errorPayloadSchema }),
  'assistant.token': z.object({ jobId: jobIdSchema, text: z.string() }),
} as const;

export type Channel = keyof typeof channels;
export type EventName = keyof typeof events;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export type ErrorPayload = z.output<typeof errorPayloadSchema>;
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
export type ImportResult = z.output<typeof importResultSchema>;
export type AssistantAnswer = z.output<typeof assistantAnswerSchema>;
export type LabelMapSummary = z.output<typeof labelMapSummary>;
export type VolumeInfo = z.output<typeof volumeInfo>;
export type PatientSummary = z.output<typeof patientSummary>;
export type ModelSummary = z.output<typeof modelSummary>;
export type MeshPayload = z.output<typeof meshPayload>;

export const CHANNEL_NAMES = Object.keys(channels) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The object the preload exposes as `window.api`. */
export interface OstendoApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  /** Subscribe to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Absolute path of a file dropped on the window (Electron's webUtils), for drag-and-drop import. */
  pathForFile(file: File): string;
}
