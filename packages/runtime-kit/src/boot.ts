/**
 * Booting from the command line, the same on every runtime: parse the flags, read the config (or
 * the bundled default), resolve the settings. Boot problems become a message without a stack and
 * an exit code: 2 for a bad command line, 1 for a bad config or a port that cannot be bound.
 */
import { readFileSync } from "node:fs";
import { ConfigError } from "@aigw/engine";
import {
  type CliArgs,
  type CliOptions,
  parseCliArgs,
  resolveSettings,
  type Settings,
  UsageError,
} from "./args.js";
import { type LoadedConfig, readConfigFile } from "./config-file.js";
import { readDefaultConfig } from "./default-config.js";

type Env = Readonly<Record<string, string | undefined>>;

/** A boot failure already explained to the user: exit with `exitCode`, no stack. */
export class BootError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** What the command line asks for. */
export type BootPlan =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "serve"; args: CliArgs; loaded: LoadedConfig; settings: Settings };

/** Parses `argv`, reads the config and resolves the settings; throws what `explain` understands. */
export async function planBoot(
  argv: readonly string[],
  env: Env,
  options: CliOptions = {},
): Promise<BootPlan> {
  const args = parseCliArgs(argv, options);
  if (args.help) return { kind: "help" };
  if (args.version) return { kind: "version" };
  const loaded = await loadConfig(args);
  return { kind: "serve", args, loaded, settings: resolveSettings(args, env, loaded.config) };
}

async function loadConfig(args: CliArgs): Promise<LoadedConfig> {
  const file = args.config ?? "(built-in default config)";
  try {
    return args.config ? await readConfigFile(args.config) : await readDefaultConfig();
  } catch (error) {
    throw asBootError(error, file);
  }
}

/** A config error or an address that cannot be bound, as a `BootError`; anything else as it is. */
export function asBootError(error: unknown, file: string, address?: string): unknown {
  if (error instanceof ConfigError) return new BootError(`aigw: config ${file}\n${error.message}`, 1);
  // Node, Bun and Deno all set the errno name as `code` on a failed listen.
  const code = (error as { code?: unknown } | null)?.code;
  if (address && (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL"))
    return new BootError(`aigw: cannot listen on ${address}: ${code}`, 1);
  return error;
}

/** The message to print and the exit code for a boot failure. */
export function explain(error: unknown): { message: string; exitCode: number } {
  if (error instanceof BootError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof UsageError) return { message: `aigw: ${error.message}`, exitCode: 2 };
  if (error instanceof ConfigError) return { message: `aigw: ${error.message}`, exitCode: 1 };
  return { message: `aigw: failed to start: ${(error as Error)?.stack ?? String(error)}`, exitCode: 1 };
}

/** The `version` of the package.json at `url` (what `--version` prints). */
export function packageVersion(url: URL): string {
  return (JSON.parse(readFileSync(url, "utf8")) as { version: string }).version;
}

/** `http://host:port`, with IPv6 hosts in brackets. */
export function urlOf(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}
