#!/usr/bin/env node
/**
 * The `aigw` executable: `aigw [--config FILE] [--port N] [--host H] [--workers N]`.
 */
import { runCli } from "./run-cli.js";

await runCli(process.argv.slice(2));
