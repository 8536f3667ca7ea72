#!/usr/bin/env node
// The README's two commands: `npm start` and `npm test`. Each installs what it needs (pnpm via
// npx, so a fresh clone needs only Node and npm), builds, then starts the gateway on the
// embedded default config or runs the whole test suite.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM = ["-y", "pnpm@10.34.8"];
const [command, ...args] = process.argv.slice(2);

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: "inherit", shell: false, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function log(message) {
  console.error(`\x1b[2m[aigw] ${message}\x1b[0m`);
}

function install() {
  // --frozen-lockfile: a fresh clone gets exactly the locked versions; fast when up to date.
  log("installing dependencies (pnpm)...");
  run("npx", [...PNPM, "install", "--frozen-lockfile"]);
}

function build() {
  log("building...");
  run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-b", "tsconfig.build.json"]);
}

switch (command) {
  case "start": {
    install();
    build();
    const cli = join(root, "runtime-node/dist/cli.js");
    if (!existsSync(cli)) throw new Error(`missing ${cli} after build`);
    // The V8 heap flags the `aigw` executable passes (runtime-node/src/heap-flags.ts).
    const { HEAP_FLAGS } = await import(pathToFileURL(join(root, "runtime-node/dist/heap-flags.js")).href);
    // Signals (Ctrl-C, SIGTERM) are passed on so the gateway drains in-flight requests cleanly.
    const child = spawn(process.execPath, [...HEAP_FLAGS, cli, ...args], {
      cwd: process.cwd(),
      stdio: "inherit",
    });
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
    child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    break;
  }
  case "test": {
    install();
    build();
    run(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", ...args]);
    break;
  }
  case "bench": {
    install();
    build();
    run("npx", [...PNPM, "--filter", "@aigw/bench", args[0] ?? "engine"]);
    break;
  }
  default:
    console.error("usage: node scripts/quickstart.mjs start|test|bench [args]");
    process.exit(2);
}
