/**
 * Turns SIGTERM/SIGINT into one graceful shutdown: the first signal starts it (exit 0 once it
 * finishes, 1 if it fails); a second signal means "now" and exits at once. Other triggers (the
 * cluster primary's message, a lost primary) start the same shutdown but never force it, so a
 * worker that gets both Ctrl-C from the terminal and the primary's message still drains.
 * Where signals come from is injected: `process.on` on Node and Bun, `Deno.addSignalListener`
 * on Deno (its own API, which needs no Node compatibility layer).
 */

export type ShutdownSignal = "SIGTERM" | "SIGINT";

/** Subscribes to OS signals. */
export interface SignalSource {
  on(signal: ShutdownSignal, handler: () => void): void;
  off(signal: ShutdownSignal, handler: () => void): void;
}

/** Signals through the `process` global (Node, Bun). */
export const processSignals: SignalSource = {
  on: (signal, handler) => process.on(signal, handler),
  off: (signal, handler) => process.off(signal, handler),
};

export interface ShutdownOptions {
  /** The graceful shutdown itself. */
  run(): Promise<void>;
  /** Reports progress and failures (stderr by default). */
  log?: (message: string) => void;
  exit?: (code: number) => void;
  /** Default: `processSignals`. */
  signals?: SignalSource;
}

export interface ShutdownTrigger {
  /** Starts the graceful shutdown (no-op when already started). */
  begin(reason: string): void;
  /** Removes the signal handlers. */
  dispose(): void;
}

const SIGNALS: readonly ShutdownSignal[] = ["SIGTERM", "SIGINT"];

/** Installs the signal handlers; call `begin` for non-signal triggers. */
export function onShutdown(options: ShutdownOptions): ShutdownTrigger {
  const log = options.log ?? ((message: string) => process.stderr.write(`aigw: ${message}\n`));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? processSignals;
  let started = false;
  const begin = (reason: string, hint = "") => {
    if (started) return;
    started = true;
    log(`${reason}: shutting down gracefully${hint}`);
    options.run().then(
      () => exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${(error as Error)?.stack ?? String(error)}`);
        exit(1);
      },
    );
  };
  const onSignal = (signal: ShutdownSignal) => {
    if (!started) return begin(signal, " (send it again to force)");
    log(`${signal} again: exiting now`);
    exit(1);
  };
  const handlers = SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, handler] of handlers) signals.on(signal, handler);
  return {
    begin,
    dispose: () => {
      for (const [signal, handler] of handlers) signals.off(signal, handler);
    },
  };
}
