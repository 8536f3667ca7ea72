#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=50
/**
 * The `aigw` executable: `aigw [--config FILE] [--port N] [--host H] [--workers N]`. The shebang
 * passes the gateway's V8 heap settings (heap-flags.ts; a test keeps the two equal).
 */
import { runCli } from "./run-cli.js";

await runCli(process.argv.slice(2));
