// The files of a new plugin package: package.json and tsconfig.json built here (what they list
// depends on the kind), every other file rendered from the kind's templates in ./templates.
// Third-party versions are the ones the repository already uses (its root devDependencies), so
// a new package adds no second copy of ajv, @types/node or fast-check to the lockfile.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const TEMPLATES = fileURLToPath(new URL("./templates/", import.meta.url));

/** What each kind's package depends on beyond @aigw/plugin-api and ajv (its precompiled validator). */
const KIND_PACKAGES = {
  guardrail: {
    description: "An aigw guardrail that fails requests or answers containing listed phrases.",
    workspace: ["@aigw/guardrail-kit"],
    devWorkspace: ["@aigw/engine"],
    devThirdParty: ["@types/node", "fast-check"],
    references: ["../../packages/plugin-api", "../../packages/guardrail-kit"],
  },
  provider: {
    description: "An aigw provider for an OpenAI-compatible chat completions API.",
    workspace: ["@aigw/wire-kit"],
    devWorkspace: ["@aigw/engine", "@aigw/testkit"],
    devThirdParty: ["@types/node"],
    references: ["../../packages/plugin-api", "../../packages/wire-kit"],
  },
  logger: {
    description: "An aigw logger that appends a one-line summary of each finished request to a file.",
    workspace: [],
    devWorkspace: ["@aigw/engine"],
    devThirdParty: ["@types/node"],
    references: ["../../packages/plugin-api"],
  },
};

const sorted = (entries) => Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));

/**
 * The package.json of a new plugin package, as text.
 * @param {ReturnType<typeof import("./names.mjs").pluginNames>} names
 * @param {Record<string, string>} versions third-party versions, by package name
 */
export function packageJson(names, versions) {
  const spec = KIND_PACKAGES[names.kind];
  const version = (name) => {
    const found = versions[name];
    if (!found) throw new Error(`the root package.json has no version of ${name} to reuse`);
    return found;
  };
  const pkg = {
    name: names.packageName,
    version: "0.1.0",
    description: spec.description,
    type: "module",
    license: "MIT",
    exports: {
      ".": { "aigw-source": "./src/index.ts", types: "./dist/index.d.ts", default: "./dist/index.js" },
    },
    files: ["dist", "src", "schema"],
    scripts: { build: "tsc -b" },
    aigw: { plugin: names.dir },
    dependencies: sorted([
      ["@aigw/plugin-api", "workspace:*"],
      ...spec.workspace.map((name) => [name, "workspace:*"]),
      ["ajv", version("ajv")],
    ]),
    devDependencies: sorted([
      ...spec.devWorkspace.map((name) => [name, "workspace:*"]),
      ...spec.devThirdParty.map((name) => [name, version(name)]),
    ]),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * The tsconfig.json of a new plugin package (tests are left to the workspace typecheck), as text.
 * @param {ReturnType<typeof import("./names.mjs").pluginNames>} names
 */
export function tsconfigJson(names) {
  const references = KIND_PACKAGES[names.kind].references.map((path) => `{ "path": "${path}" }`);
  return `{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "composite": true, "rootDir": "src", "outDir": "dist", "types": ["node"] },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts"],
  "references": [${references.join(", ")}]
}
`;
}

/** Template files of a kind, relative to its template folder (`src/index.ts.tmpl`...). */
function templateFiles(kind) {
  const root = join(TEMPLATES, kind);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".tmpl"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/**
 * Fills `{{key}}` placeholders; an unknown key is an error, so a template cannot ship one
 * unfilled.
 * @param {string} text
 * @param {Record<string, string>} values
 */
export function render(text, values) {
  return text.replace(/\{\{(\w+)\}\}/g, (_match, key) => {
    if (!Object.hasOwn(values, key)) throw new Error(`template placeholder {{${key}}} has no value`);
    return values[key];
  });
}

/**
 * Every file of a new plugin package: its path inside the package and its text.
 * @param {ReturnType<typeof import("./names.mjs").pluginNames>} names
 * @param {Record<string, string>} versions third-party versions, by package name
 * @returns {Map<string, string>}
 */
export function packageFiles(names, versions) {
  const values = {
    name: names.name,
    dir: names.dir,
    packageName: names.packageName,
    pascal: names.pascal,
    configType: names.configType,
    envName: names.envName,
  };
  const files = new Map([
    ["package.json", packageJson(names, versions)],
    ["tsconfig.json", tsconfigJson(names)],
  ]);
  for (const template of templateFiles(names.kind)) {
    const text = readFileSync(join(TEMPLATES, names.kind, template), "utf8");
    files.set(template.slice(0, -".tmpl".length), render(text, values));
  }
  return files;
}
