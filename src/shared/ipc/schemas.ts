import { z } from 'zod';
import { ERROR_CODES } from '../errors';

/** Reusable zod pieces of the IPC contract. */
export const vec3 = z.tuple([z.number(), z.number(), z.number()]);
export const mat3 = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]);
export const geometrySchema = z.object({
  sizeIjk: vec3,
  spacingMm: vec3,
  originLps: vec3,
  direction: mat3,
});
export const voxelDataTypeSchema = z.enum(['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'float32', 'float64']);
export const modalitySchema = z.enum(['CT', 'MR', 'PT', 'SEG', 'OT']);
export const unitSchema = z.enum(['HU', 'MR-arbitrary', 'label', 'unknown']);
/** Raw bytes; crosses IPC by structured clone (never as JSON number arrays). */
export const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected bytes (Uint8Array)' });
export const idSchema = z.string().min(1).max(200);
export const jobIdSchema = z.string().min(1).max(100);
export const rgbSchema = z.tuple([z.number().int().min(0).max(255), z.number().int().min(0).max(255), z.number().int().min(0).max(255)]);
export const labelClassSchema = z.object({ label: z.number().int().min(1), id: z.string(), name: z.string(), color: rgbSchema });
export const errorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export const measurementSchema = z.object({
  label: z.number().int(),
  id: z.string(),
  voxels: z.number().int(),
  volumeMl: z.number(),
  mean: z.number(),
  sd: z.number(),
  min: z.number(),
  max: z.number(),
  median: z.number(),
  centroidLps: vec3,
  bboxLps: z.object({ min: vec3, max: vec3 }),
  extentMm: vec3,
  largestDiameterMm: z.number(),
  touches: z.array(z.string()),
  touchesBoundary: z.boolean(),
});
export const sceneActionSchema = z.object({
  intent: z.enum(['isolate', 'show', 'hide', 'reset', 'measure', 'explain', 'locate', 'list', 'segment', 'unknown']),
  structures: z.array(z.string()),
  absent: z.array(z.string()),
});
