import { createHash, randomUUID } from 'node:crypto';

/** Short stable ids derived from natural keys, so the same data always gets the same id (idempotent imports). */
export function stableId(prefix: 'pt' | 'st' | 'se', naturalKey: string): string {
  return `${prefix}_${createHash('sha256').update(naturalKey).digest('hex').slice(0, 16)}`;
}

export function randomId(prefix: 'lm' | 'cv' | 'job'): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
