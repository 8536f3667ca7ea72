/**
 * The messages a cluster primary and its workers exchange over the IPC channel. Workers report
 * when they listen (so the primary prints one line for all) or why they could not boot (so the
 * primary prints it once and exits 1 instead of restarting a worker that can never start).
 */

export type WorkerMessage =
  | { aigw: "listening"; url: string }
  | { aigw: "boot-failed"; message: string; exitCode: number };

export type PrimaryMessage = { aigw: "shutdown" };

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  const tag = (value as { aigw?: unknown } | null)?.aigw;
  return tag === "listening" || tag === "boot-failed";
}

export function isPrimaryMessage(value: unknown): value is PrimaryMessage {
  return (value as { aigw?: unknown } | null)?.aigw === "shutdown";
}
