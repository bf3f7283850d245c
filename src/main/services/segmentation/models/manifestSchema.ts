import { z } from 'zod';

/**
 * `manifest.json` of an Ostendo model package (format `ostendo-model-package/1`).
 *
 * Conventions (documented in models/README.md):
 * - The model's voxel axes are i, j, k; its input tensor is [1, 1, k, j, i] (i fastest, as in NIfTI/nnU-Net arrays)
 *   and each output is [1, C, k, j, i].
 * - `input.orientation` is the nibabel-style axis code: the anatomical direction each of i, j, k points toward
 *   ('RAS' = i toward patient Right, j Anterior, k Superior; 'LPS' = DICOM patient axes).
 * - `spacingMm` and `patchSizeVoxels` are along i, j, k of the model's axes.
 */
const orientationCode = z
  .string()
  .regex(/^[RLAPSI]{3}$/, 'orientation must be a 3-letter axis code such as RAS or LPS')
  .refine((code) => new Set(code.split('').map((c) => ({ R: 'x', L: 'x', A: 'y', P: 'y', S: 'z', I: 'z' })[c])).size === 3, {
    message: 'orientation must name each of the three body axes once (e.g. RAS, LPS, SAR)',
  });

const positive3 = z.tuple([z.number().positive(), z.number().positive(), z.number().positive()]);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits');

export const normalisationSchema = z.discriminatedUnion('kind', [
  /** CT: clip HU to [clipLow, clipHigh], then (x - mean) / std (nnU-Net "CTNormalization"). */
  z.object({
    kind: z.literal('ct-clip-zscore'),
    clipLow: z.number(),
    clipHigh: z.number(),
    mean: z.number(),
    std: z.number().positive(),
  }).refine((n) => n.clipLow < n.clipHigh, { message: 'clipLow must be below clipHigh' }),
  /** MR: per-image z-score over all voxels (nnU-Net "ZScoreNormalization"). */
  z.object({ kind: z.literal('zscore') }),
  /** Model normalises inside itself. */
  z.object({ kind: z.literal('none') }),
]);

export const packageFileSchema = z.object({
  /** Relative to the package folder; no absolute paths, no '..'. */
  path: z.string().min(1).refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..') && !/^[A-Za-z]:/.test(p), {
    message: 'file paths must stay inside the package folder',
  }),
  sha256,
  bytes: z.number().int().positive(),
});

export const modelPartSchema = z.object({
  name: z.string().min(1),
  /** One of `files[].path`. */
  file: z.string().min(1),
  /** Output channels (background + local labels) for logits/probabilities; 1 for label outputs. */
  channels: z.number().int().positive(),
  /** Local output index (string key, 1..) → structure id from the package's `labels` table. */
  labels: z.record(z.string().regex(/^[1-9][0-9]*$/), z.string().min(1)),
  /** Overrides `input.normalisation` for this part (nnU-Net sub-models each carry their own CT statistics). */
  normalisation: normalisationSchema.optional(),
  /** Overrides `inference.patchSizeVoxels` for this part (i, j, k). */
  patchSizeVoxels: z.tuple([z.number().int().min(4), z.number().int().min(4), z.number().int().min(4)]).optional(),
});

export const labelEntrySchema = z.object({
  /** Value written in the merged output label map (1..65535). */
  value: z.number().int().min(1).max(65535),
  /** Canonical structure id (TotalSegmentator names where they exist). */
  id: z.string().min(1),
  name: z.string().min(1),
  /** SNOMED CT concept id of the structure (SegmentedPropertyType), when known. */
  snomedCode: z.string().regex(/^[0-9]+$/).optional(),
  color: z.tuple([z.number().int().min(0).max(255), z.number().int().min(0).max(255), z.number().int().min(0).max(255)]),
});

export const modelManifestSchema = z
  .object({
    format: z.literal('ostendo-model-package/1'),
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'id: lowercase letters, digits, . _ -').refine((id) => !id.startsWith('builtin'), {
      message: "id must not start with 'builtin' (reserved for built-in segmenters)",
    }),
    name: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    licence: z.object({ name: z.string().min(1), text: z.string().min(1) }),
    modality: z.enum(['CT', 'MR']),
    input: z.object({
      orientation: orientationCode,
      spacingMm: positive3,
      normalisation: normalisationSchema,
    }),
    inference: z.object({
      patchSizeVoxels: z.tuple([z.number().int().min(4), z.number().int().min(4), z.number().int().min(4)]),
      /** Fraction of the patch shared by neighbouring windows, [0, 0.9]. nnU-Net uses 0.5. */
      overlap: z.number().min(0).max(0.9),
      /** Gaussian importance weight sigma as a fraction of the patch size (nnU-Net: 1/8). */
      gaussianSigmaScale: z.number().positive().max(1),
      /** Model axes (0=i, 1=j, 2=k) to mirror for test-time augmentation; empty = none. */
      mirrorAxes: z.array(z.union([z.literal(0), z.literal(1), z.literal(2)])).max(3).default([]),
    }),
    output: z.object({ kind: z.enum(['logits', 'probabilities', 'labels']) }),
    files: z.array(packageFileSchema).min(1),
    /** Sub-models run in order on the same preprocessed image; a later part's voxels overwrite earlier ones. */
    parts: z.array(modelPartSchema).min(1),
    labels: z.array(labelEntrySchema).min(1),
    postprocessing: z
      .object({
        /** Structure ids (or '*' for all) reduced to their largest 6-connected component. */
        largestComponent: z.array(z.string()).default([]),
      })
      .default({ largestComponent: [] }),
  })
  .superRefine((m, ctx) => {
    const filePaths = new Set(m.files.map((f) => f.path));
    const ids = new Set<string>();
    const values = new Set<number>();
    for (const l of m.labels) {
      if (ids.has(l.id)) ctx.addIssue({ code: 'custom', message: `label id '${l.id}' is listed twice`, path: ['labels'] });
      if (values.has(l.value)) ctx.addIssue({ code: 'custom', message: `label value ${l.value} is listed twice`, path: ['labels'] });
      ids.add(l.id);
      values.add(l.value);
    }
    m.parts.forEach((part, p) => {
      if (!filePaths.has(part.file)) {
        ctx.addIssue({ code: 'custom', message: `part '${part.name}' uses '${part.file}', which is not in files[]`, path: ['parts', p, 'file'] });
      }
      for (const [local, id] of Object.entries(part.labels)) {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `part '${part.name}' label ${local} → '${id}' is not in labels[]`, path: ['parts', p, 'labels'] });
        if (m.output.kind !== 'labels' && Number(local) >= part.channels) {
          ctx.addIssue({ code: 'custom', message: `part '${part.name}' label ${local} ≥ channels (${part.channels})`, path: ['parts', p, 'labels'] });
        }
      }
    });
    for (const id of m.postprocessing.largestComponent) {
      if (id !== '*' && !ids.has(id)) ctx.addIssue({ code: 'custom', message: `postprocessing names unknown structure '${id}'`, path: ['postprocessing'] });
    }
  });

export type ModelManifest = z.infer<typeof modelManifestSchema>;
export type Normalisation = z.infer<typeof normalisationSchema>;
export type ModelPart = z.infer<typeof modelPartSchema>;
export type OutputKind = ModelManifest['output']['kind'];
