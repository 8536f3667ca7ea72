/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and ranks where the CPU went: self time per
 * function and per area (engine, plugins, runtime, hono's node-server, undici, Node internals,
 * GC), self time attributed to the nearest aigw frame on the stack (so Node's and libraries'
 * work is charged to the aigw line that asked for it), and inclusive time per function. Places
 * are mapped back to the TypeScript source through the dist/ source maps (`src/file.ts:line`).
 * Samples before `skipMs` (process start-up, warm-up) are left out.
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap, type SourceMapPayload } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  function: string;
  /** `path:line` in the source (repo-relative when inside the repo). */
  where: string;
  selfMs: number;
  /** Share of the non-idle samples. */
  percent: number;
}

export interface ProfileSummary {
  /** Milliseconds of samples summarized (after `skipMs`). */
  totalMs: number;
  idlePercent: number;
  gcPercent: number;
  areas: { area: string; percent: number }[];
  /** By self time. */
  top: HotSpot[];
  /** All non-idle self time charged to the nearest frame of aigw's own code on the stack. */
  attributed: HotSpot[];
  /** By inclusive time (the function and everything it called), aigw and npm code only. */
  inclusive: HotSpot[];
}

const maps = new Map<string, SourceMap | undefined>();

function sourceMapFor(file: string): SourceMap | undefined {
  if (maps.has(file)) return maps.get(file);
  let map: SourceMap | undefined;
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(mapFile, "utf8")) as SourceMapPayload);
    } catch {
      map = undefined;
    }
  }
  maps.set(file, map);
  return map;
}

/** `src/file.ts:line` for a frame of a built file with a source map, else `file.js:line`. */
function place(frame: CallFrame, repo: string): string {
  if (!frame.url) return "(native)";
  if (!frame.url.startsWith("file://")) return `${frame.url}:${frame.lineNumber + 1}`;
  const file = fileURLToPath(frame.url);
  const entry = sourceMapFor(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && "originalSource" in entry) {
    const source = entry.originalSource.startsWith("file://")
      ? fileURLToPath(entry.originalSource)
      : resolve(dirname(file), entry.originalSource);
    return `${shorten(source, repo)}:${entry.originalLine + 1}`;
  }
  return `${shorten(file, repo)}:${frame.lineNumber + 1}`;
}

function shorten(file: string, repo: string): string {
  const pnpm = file.indexOf("/node_modules/.pnpm/");
  if (pnpm >= 0) {
    const rest = file.slice(pnpm + "/node_modules/.pnpm/".length);
    return rest.slice(rest.indexOf("/node_modules/") + "/node_modules/".length);
  }
  return file.startsWith(repo) ? relative(repo, file) : file;
}

function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (functionName === "(idle)") return "idle";
  if (functionName === "(garbage collector)") return "GC";
  if (functionName === "(program)") return "V8 (program)";
  if (url.includes("/packages/engine/")) return "engine";
  if (url.includes("/plugins/")) return "plugins";
  if (url.includes("/runtime-node/")) return "runtime-node";
  if (url.includes("@hono/node-server")) return "@hono/node-server";
  if (url.includes("/undici/")) return "undici (npm)";
  if (url.includes("/ajv")) return "ajv";
  if (url.includes("/pino")) return "pino";
  if (url.includes("node_modules")) return "other npm";
  if (url.startsWith("node:"))
    return url.includes("internal/deps/undici") ? "node:undici (fetch)" : "node internals";
  return url ? "other" : "native / builtins";
}

function isOwnCode(frame: CallFrame, repoUrl: string): boolean {
  return frame.url.startsWith(repoUrl) && !frame.url.includes("/node_modules/");
}

/** Adds `ms` to the spot for `frame`, creating it. */
function charge(spots: Map<string, HotSpot>, frame: CallFrame, repo: string, ms: number): void {
  const where = place(frame, repo);
  const name = frame.functionName || "(anonymous)";
  const key = `${name} ${where}`;
  const spot = spots.get(key) ?? { function: name, where, selfMs: 0, percent: 0 };
  spot.selfMs += ms;
  spots.set(key, spot);
}

function ranked(spots: Map<string, HotSpot>, busy: number, top: number): HotSpot[] {
  const list = [...spots.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  for (const spot of list) spot.percent = (100 * spot.selfMs) / busy;
  return list;
}

export function summarizeProfile(file: string, repo: string, top = 20, skipMs = 0): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const repoUrl = pathToFileURL(repo).href;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfByNode = new Map<number, number>();
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    elapsed += ms;
    if (elapsed >= skipMs) selfByNode.set(id, (selfByNode.get(id) ?? 0) + ms);
  });
  let total = 0;
  let idle = 0;
  let gc = 0;
  const areas = new Map<string, number>();
  const self = new Map<string, HotSpot>();
  const attributed = new Map<string, HotSpot>();
  const inclusive = new Map<string, HotSpot>();
  for (const [id, ms] of selfByNode) {
    const frame = byId.get(id)!.callFrame;
    total += ms;
    const area = areaOf(frame);
    if (area === "idle") {
      idle += ms;
      continue;
    }
    if (area === "GC") gc += ms;
    areas.set(area, (areas.get(area) ?? 0) + ms);
    charge(self, frame, repo, ms);
    let owner: CallFrame | undefined;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!owner && isOwnCode(f, repoUrl)) owner = f;
      const key = `${f.functionName}@${f.url}:${f.lineNumber}`;
      if (f.url.startsWith("file://") && !seen.has(key)) {
        seen.add(key);
        charge(inclusive, f, repo, ms);
      }
    }
    if (owner) charge(attributed, owner, repo, ms);
    else
      charge(
        attributed,
        { ...frame, functionName: `${frame.functionName || "(anonymous)"} [no aigw frame]` },
        repo,
        ms,
      );
  }
  const busy = total - idle || 1;
  return {
    totalMs: total,
    idlePercent: (100 * idle) / (total || 1),
    gcPercent: (100 * gc) / busy,
    areas: [...areas.entries()]
      .map(([area, ms]) => ({ area, percent: (100 * ms) / busy }))
      .sort((a, b) => b.percent - a.percent),
    top: ranked(self, busy, top),
    attributed: ranked(attributed, busy, top),
    inclusive: ranked(inclusive, busy, top),
  };
}
