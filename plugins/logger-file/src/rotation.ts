/**
 * When the request log is rotated, and how: by size (before a write would overflow it), by age
 * (a file that has existed `maxAgeMs`, or began on an earlier UTC day), and the rename chain that
 * keeps `<path>.1` (newest) to `<path>.<maxFiles>`, the oldest replaced.
 */
import { rename } from "node:fs/promises";

/** What the writer knows of the file it appends to. */
export interface FileState {
  /** Bytes in the file. */
  size: number;
  /** When the file began (ms since the epoch). */
  bornAt: number;
}

/** The rotation rules of one writer; none set means the file is never rotated. */
export interface RotationPolicy {
  maxBytes?: number | undefined;
  maxAgeMs?: number | undefined;
  /** Rotate at the first write of each UTC day. */
  daily?: boolean | undefined;
}

const DAY_MS = 86_400_000;

/**
 * Whether to rotate before appending `incoming` bytes at `now`. An empty file is never rotated:
 * a rotation would only leave an empty file behind, and one line larger than `maxBytes` must
 * still be written somewhere.
 */
export function rotationDue(file: FileState, incoming: number, now: number, policy: RotationPolicy): boolean {
  if (file.size === 0) return false;
  if (policy.maxBytes !== undefined && file.size + incoming > policy.maxBytes) return true;
  if (policy.maxAgeMs !== undefined && now - file.bornAt >= policy.maxAgeMs) return true;
  if (policy.daily && Math.floor(now / DAY_MS) > Math.floor(file.bornAt / DAY_MS)) return true;
  return false;
}

/** Whether the policy can ever rotate (otherwise the writer need not track size or age). */
export function rotates(policy: RotationPolicy): boolean {
  return policy.maxBytes !== undefined || policy.maxAgeMs !== undefined || policy.daily === true;
}

/**
 * Shifts `<path>.N-1` to `<path>.N` (replacing the oldest), ..., `<path>` to `<path>.1`. A
 * missing file in the chain is skipped, so a chain with gaps (files deleted by hand) still ends
 * with the current file at `.1`. The caller must have closed the file first.
 */
export async function rotateFiles(path: string, maxFiles: number): Promise<void> {
  for (let n = maxFiles - 1; n >= 1; n--) await renameIfPresent(`${path}.${n}`, `${path}.${n + 1}`);
  await rename(path, `${path}.1`);
}

async function renameIfPresent(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
