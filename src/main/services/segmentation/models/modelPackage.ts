import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { OstendoError } from '../../../../shared/errors';
import { modelManifestSchema, type ModelManifest } from './manifestSchema';

export const MANIFEST_FILE = 'manifest.json';

/** A package folder whose manifest parsed. Files are not yet checked. */
export interface ModelPackage {
  dir: string;
  manifest: ModelManifest;
}

/** How thoroughly to check a package's files: sizes only (fast) or sizes and sha256 (reads every byte). */
export type FileCheck = 'sizes' | 'hashes';

/** Read and validate `<dir>/manifest.json`. Throws MODEL_INVALID naming the first problems found. */
export function readModelPackage(dir: string): ModelPackage {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new OstendoError('MODEL_INVALID', `${file}: cannot read manifest (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new OstendoError('MODEL_INVALID', `${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = modelManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new OstendoError('MODEL_INVALID', `${file}: invalid manifest: ${problems.join('; ')}`, { issues: problems });
  }
  return { dir, manifest: parsed.data };
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Check every file the manifest lists: present, exact size, and (with 'hashes') matching sha256.
 * A package that fails is refused as a whole (MODEL_INVALID), so a half-installed model never half-runs.
 */
export async function verifyModelPackage(pkg: ModelPackage, check: FileCheck = 'hashes'): Promise<void> {
  const { id } = pkg.manifest;
  for (const f of pkg.manifest.files) {
    const file = path.join(pkg.dir, f.path);
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      throw new OstendoError('MODEL_INVALID', `Model '${id}': file ${f.path} is missing from ${pkg.dir}`);
    }
    if (size !== f.bytes) {
      throw new OstendoError('MODEL_INVALID', `Model '${id}': file ${f.path} is ${size} bytes, the manifest says ${f.bytes} (incomplete copy?)`);
    }
    if (check === 'hashes') {
      const actual = await sha256OfFile(file);
      if (actual !== f.sha256) {
        throw new OstendoError('MODEL_INVALID', `Model '${id}': file ${f.path} has sha256 ${actual}, the manifest says ${f.sha256} (corrupt or different file)`);
      }
    }
  }
}

/** What discovery found in one package folder. */
export interface ModelPackageStatus {
  dir: string;
  /** Manifest id, or the folder name when the manifest is unreadable. */
  id: string;
  manifest?: ModelManifest;
  valid: boolean;
  /** Why the package is refused (absent when valid). */
  problem?: string;
}

/**
 * Find packages: every direct sub-folder of each folder that holds a manifest.json. Folders that do not exist are
 * skipped. When two folders hold the same id, the first wins and the later one is reported invalid.
 */
export async function discoverModelPackages(folders: readonly string[], check: FileCheck = 'sizes'): Promise<ModelPackageStatus[]> {
  const found: ModelPackageStatus[] = [];
  const seen = new Map<string, string>();
  for (const folder of folders) {
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) continue;
    const entries = fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const dir = path.join(folder, entry.name);
      if (!fs.existsSync(path.join(dir, MANIFEST_FILE))) continue;
      try {
        const pkg = readModelPackage(dir);
        const earlier = seen.get(pkg.manifest.id);
        if (earlier) {
          found.push({ dir, id: pkg.manifest.id, manifest: pkg.manifest, valid: false, problem: `duplicate id: already installed at ${earlier}` });
          continue;
        }
        seen.set(pkg.manifest.id, dir);
        await verifyModelPackage(pkg, check);
        found.push({ dir, id: pkg.manifest.id, manifest: pkg.manifest, valid: true });
      } catch (e) {
        const status: ModelPackageStatus = { dir, id: entry.name, valid: false, problem: e instanceof Error ? e.message : String(e) };
        try {
          status.manifest = readModelPackage(dir).manifest;
          status.id = status.manifest.id;
        } catch {
          // manifest itself is the problem; keep the folder name
        }
        found.push(status);
      }
    }
  }
  return found;
}

/**
 * Locate a package by id and verify it fully (sizes + sha256). Throws MODEL_NOT_FOUND (listing what is
 * installed) or MODEL_INVALID (with the reason).
 */
export async function findModelPackage(id: string, folders: readonly string[]): Promise<ModelPackage> {
  const all = await discoverModelPackages(folders, 'sizes');
  const match = all.find((p) => p.id === id);
  if (!match) {
    const known = all.map((p) => p.id).join(', ') || 'none';
    throw new OstendoError('MODEL_NOT_FOUND', `No model package '${id}' in ${folders.join(', ')} (installed: ${known})`);
  }
  if (!match.valid || !match.manifest) throw new OstendoError('MODEL_INVALID', `Model '${id}' is refused: ${match.problem ?? 'invalid'}`);
  const pkg = { dir: match.dir, manifest: match.manifest };
  await verifyModelPackage(pkg, 'hashes');
  return pkg;
}
