#!/usr/bin/env node
// Enforces the architecture's import rules, as CI runs them:
// - the engine imports only @aigw/plugin-api and @aigw/schemas among workspace packages, and
//   names no plugin (no plugin's manifest name appears in its sources);
// - plugins import only @aigw/plugin-api (the contract), @aigw/wire-kit (the helpers providers
//   share), @aigw/guardrail-kit (the helpers content plugins share), @aigw/otel-kit (the
//   helpers OpenTelemetry exporters share), @aigw/cache-kit (what cache plugins share) and
//   @aigw/pg-kit (what plugins keeping data in PostgreSQL share) among
//   workspace packages (tests may also use @aigw/engine and @aigw/testkit), and depend on no
//   other workspace package;
// - the kits themselves import only @aigw/plugin-api among workspace packages;
// - the engine, plugin-api, the kits and plugins use no runtime globals (process, Buffer) directly.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const problems = [];

function sources(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name === "dist" ? [] : sources(path);
    return /\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith(".gen.ts") ? [path] : [];
  });
}

const isTest = (path) => /\.test(-d)?\.ts$|[\\/]testing[\\/]|\.case\.ts$/.test(path);
const importsOf = (text) => [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
const code = (text) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

const pluginDirs = existsSync(join(root, "plugins"))
  ? readdirSync(join(root, "plugins")).map((d) => join(root, "plugins", d))
  : [];
const pluginNames = pluginDirs
  .map((d) => join(d, "package.json"))
  .filter(existsSync)
  .flatMap((p) => {
    const aigw = JSON.parse(readFileSync(p, "utf8")).aigw ?? {};
    // A package declares one plugin (`plugin`) or several (`plugins`: name -> schema file).
    return [aigw.plugin, ...Object.keys(aigw.plugins ?? {})].filter(Boolean);
  });

function checkGlobals(file, text) {
  const body = code(text);
  if (/\bprocess\.(env|exit|on|argv|cwd|stdout|stderr)\b/.test(body))
    problems.push(`${relative(root, file)}: uses the process global (take it from the context's services)`);
  if (/\bBuffer\.(from|alloc|concat|byteLength)\b/.test(body))
    problems.push(`${relative(root, file)}: uses the Buffer global (use Uint8Array/TextEncoder)`);
}

for (const file of sources(join(root, "packages/engine/src"))) {
  if (isTest(file)) continue;
  const text = readFileSync(file, "utf8");
  for (const spec of importsOf(text)) {
    // A package's subpath exports (@aigw/schemas/validators) are that package.
    const pkg = spec.split("/").slice(0, 2).join("/");
    if (spec.startsWith("@aigw/") && pkg !== "@aigw/plugin-api" && pkg !== "@aigw/schemas")
      problems.push(`${relative(root, file)}: the engine imports ${spec}`);
  }
  for (const name of pluginNames) {
    if (new RegExp(`["'\`]${name}["'\`]`).test(code(text)))
      problems.push(`${relative(root, file)}: the engine names the plugin "${name}"`);
  }
  checkGlobals(file, text);
}
for (const file of sources(join(root, "packages/plugin-api/src")))
  if (!isTest(file)) checkGlobals(file, readFileSync(file, "utf8"));

/** What plugins may use from the workspace: the contract and the kits. */
const PLUGIN_PACKAGES = [
  "@aigw/plugin-api",
  "@aigw/wire-kit",
  "@aigw/guardrail-kit",
  "@aigw/otel-kit",
  "@aigw/cache-kit",
  "@aigw/pg-kit",
];
const TEST_PACKAGES = [...PLUGIN_PACKAGES, "@aigw/engine", "@aigw/testkit"];
const within = (spec, allowed) => allowed.some((a) => spec === a || spec.startsWith(`${a}/`));

for (const kit of ["wire-kit", "guardrail-kit", "otel-kit", "cache-kit", "pg-kit"]) {
  for (const file of sources(join(root, "packages", kit, "src"))) {
    if (isTest(file)) continue;
    const text = readFileSync(file, "utf8");
    for (const spec of importsOf(text)) {
      if (spec.startsWith("@aigw/") && !within(spec, ["@aigw/plugin-api"]))
        problems.push(`${relative(root, file)}: ${kit} imports ${spec}`);
    }
    checkGlobals(file, text);
  }
}

for (const dir of pluginDirs) {
  const pkgPath = join(dir, "package.json");
  if (!existsSync(pkgPath)) continue;
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    if (dep.startsWith("@aigw/") && !PLUGIN_PACKAGES.includes(dep))
      problems.push(`${relative(root, pkgPath)}: a plugin depends on ${dep}`);
  }
  for (const file of sources(join(dir, "src"))) {
    const text = readFileSync(file, "utf8");
    const allowed = isTest(file) ? TEST_PACKAGES : PLUGIN_PACKAGES;
    for (const spec of importsOf(text)) {
      if (spec.startsWith("@aigw/") && !within(spec, allowed))
        problems.push(`${relative(root, file)}: imports ${spec}`);
    }
    if (!isTest(file)) checkGlobals(file, text);
  }
}

if (problems.length > 0) {
  console.error(`Architecture boundaries broken:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`boundaries: ok (engine, plugin-api, kits, ${pluginDirs.length} plugins)`);
