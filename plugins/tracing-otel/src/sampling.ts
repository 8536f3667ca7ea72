/**
 * The head sampling decision for a trace the gateway starts. It is a function of the trace id (its
 * last 13 hex digits, random in every id this plugin makes and in W3C level 2 ids), so every
 * gateway sampling the same trace at the same ratio agrees, as OTel's TraceIdRatioBased does.
 */

const RANGE = 2 ** 52;

/** Whether a new trace with this id is recorded at `ratio` (0 to 1). */
export function sampledByRatio(traceId: string, ratio: number): boolean {
  if (ratio >= 1) return true;
  if (!(ratio > 0)) return false;
  const low = Number.parseInt(traceId.slice(-13), 16);
  return Number.isFinite(low) && low < ratio * RANGE;
}
