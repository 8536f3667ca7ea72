#!/usr/bin/env node
// `npm run create-plugin -- <kind> <name>`: scaffolds a tested plugin package under plugins/
// (a guardrail, a provider or a logger), wires it into the workspace (the root build, and
// runtime-kit so any config can load it), installs, generates its config types, formats, builds,
// and prints what to do next. It never overwrites: an existing folder or reference is an error
// before anything is written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { KINDS, NameError, nameClash, pluginNames } from "./create-plugin/names.mjs";
import { packageFiles } from "./create-plugin/package-files.mjs";
import { addBuildReference, addRuntimeDependency, addRuntimeReference } from "./create-plugin/wiring.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM = ["-y", "pnpm@10.34.8"];
const USAGE = `usage: npm run create-plugin -- <kind> <name>

  kind   ${Object.keys(KINDS).join(" | ")}
  name   lowercase letters, digits and hyphens, e.g. house-rules

Creates plugins/<prefix>-<name> (guardrail-<name>, providers-<name>, logger-<name>) with its
schema, code, tests and README, and wires it into the workspace.`;

function log(message) {
  console.error(`\x1b[2m[create-plugin] ${message}\x1b[0m`);
}

function fail(message) {
  console.error(`create-plugin: ${message}`);
  process.exit(1);
}

function run(step, cmd, args) {
  log(`${step}...`);
  const started = performance.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  log(`${step}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (result.error || result.status !== 0)
    fail(
      `${step} failed${result.error ? `: ${result.error.message}` : ""}. The package and its wiring are in place; fix the cause and run the remaining steps by hand (install, npm run gen, npm run format, npm run build).`,
    );
}

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
if (args.length !== 2) fail(`expected a kind and a name.\n\n${USAGE}`);

let names;
try {
  names = pluginNames(args[0], args[1]);
} catch (error) {
  if (error instanceof NameError) fail(error.message);
  throw error;
}

/** Every workspace package (the folders pnpm-workspace.yaml lists) with the plugins it declares. */
function workspacePackages() {
  const dirs = ["packages", "plugins"].flatMap((group) =>
    existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => `${group}/${name}`) : [],
  );
  dirs.push(...readdirSync(root).filter((name) => name.startsWith("runtime-")), "schemas", "bench");
  return dirs.flatMap((dir) => {
    const file = join(root, dir, "package.json");
    if (!existsSync(file)) return [];
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    const plugins = [pkg.aigw?.plugin, ...Object.keys(pkg.aigw?.plugins ?? {})].filter(Boolean);
    return [{ dir, packageName: pkg.name, plugins }];
  });
}

const pkgDir = join(root, "plugins", names.dir);
if (existsSync(pkgDir)) fail(`plugins/${names.dir} already exists: pick another name (nothing was changed)`);
const clash = nameClash(names, workspacePackages());
if (clash) fail(`${clash} (nothing was changed)`);

// Every edit is computed before anything is written, so a refusal leaves the tree as it was.
const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const edits = new Map();
const edit = (rel, change) => {
  edits.set(rel, change(readFileSync(join(root, rel), "utf8")));
};
let files;
try {
  files = packageFiles(names, rootPkg.devDependencies ?? {});
  edit("tsconfig.build.json", (text) => addBuildReference(text, names.dir));
  edit("packages/runtime-kit/package.json", (text) => addRuntimeDependency(text, names.packageName));
  edit("packages/runtime-kit/tsconfig.json", (text) => addRuntimeReference(text, names.dir));
} catch (error) {
  fail(`${error.message} (nothing was changed)`);
}

log(`writing plugins/${names.dir}`);
for (const [rel, text] of files) {
  const path = join(pkgDir, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: "wx" });
}
for (const [rel, text] of edits) writeFileSync(join(root, rel), text);

// Not frozen: the lockfile gains the new workspace package. Its third-party dependencies are
// versions the workspace already has, so the store's metadata is enough (no registry round trips).
// Said explicitly because pnpm freezes the lockfile by default wherever CI=true is set.
run("installing (pnpm)", "npx", [...PNPM, "install", "--no-frozen-lockfile", "--prefer-offline"]);
run("generating config types (schemas/scripts/generate.mjs)", process.execPath, [
  join(root, "schemas/scripts/generate.mjs"),
]);
run("formatting (biome)", process.execPath, [
  join(root, "node_modules/@biomejs/biome/bin/biome"),
  "check",
  "--write",
  "--no-errors-on-unmatched",
  `plugins/${names.dir}`,
  ...edits.keys(),
]);
run("building (tsc -b tsconfig.build.json)", process.execPath, [
  join(root, "node_modules/typescript/bin/tsc"),
  "-b",
  "tsconfig.build.json",
]);

const readme = join("plugins", names.dir, "README.md");
const example = /```yaml\n([\s\S]*?)```/.exec(readFileSync(join(root, readme), "utf8"))?.[1] ?? "";
const where = {
  guardrail: "index.ts (the check) and phrases.ts (the matching)",
  provider: "call.ts (the call) and upstream.ts (base URL, key, headers)",
  logger: "index.ts (the finish hook), summary.ts (the line) and line-sink.ts (the file)",
}[names.kind];
const guide = {
  guardrail: "docs/writing-a-guardrail.md",
  provider: "docs/writing-a-provider.md",
  logger: "docs/writing-a-plugin.md",
}[names.kind];
console.log(`
Created ${names.packageName} in plugins/${names.dir} (plugin "${names.dir}").

Next:
  1. Edit plugins/${names.dir}/src: ${where}.
     Its config schema is plugins/${names.dir}/schema/config.json (after changing it: npm run gen).
  2. Run its tests:  npm test -- plugins/${names.dir}
  3. Try it: save this as my.yaml and run  npm start -- --config my.yaml

${example.replace(/^/gm, "     ").trimEnd()}

  4. Before sending it: bash .ci/run (tests, lint, typecheck, schema drift, boundaries), and add
     it to the table in docs/plugins.md. Guide: ${guide}`);
