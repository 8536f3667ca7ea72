/**
 * Waiting on work shared by several callers (a token being fetched, a model list being asked
 * for) without tying the work to any one of them: a caller whose request is aborted stops
 * waiting, and the work goes on for the others.
 */

import type { AbortSignalLike } from "@aigw/plugin-api";

/**
 * Settles with `promise`, unless `signal` aborts first: then with what `onAbort` returns, or
 * rejected with what it throws. `promise` itself is left running.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignalLike, onAbort: () => T): Promise<T> {
  const aborted = () => new Promise<T>((resolve) => resolve(onAbort()));
  if (signal.aborted) return aborted();
  return new Promise<T>((resolve, reject) => {
    const stop = () => aborted().then(resolve, reject);
    signal.addEventListener("abort", stop, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", stop);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", stop);
        reject(error);
      },
    );
  });
}
