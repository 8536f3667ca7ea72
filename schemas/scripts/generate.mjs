#!/usr/bin/env node
// Generates TypeScript from every JSON schema in the workspace (the schemas are the single
// source of truth): types, the schema as a value, and a precompiled validator (validators.mjs),
// plus the bundled editor schema. `--check` regenerates in memory and fails
// when any committed generated file differs (drift), as CI runs it.
// A plugin schema may `$ref` a definition in another JSON file of its package
// (`"$ref": "./shared.json#/definitions/RetryPolicy"`); the generator inlines it into the types
// and the schema value (see refs.mjs), so those are self-contained. A package of several plugins
// gets one validator module for all of them, where such shared definitions are compiled once.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";
import { brokenRefs, embedForBundle, inlineSharedRefs, mapRefs, SchemaRefError } from "./refs.mjs";
import { ValidatorCodeError, validatorModule } from "./validators.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const check = process.argv.includes("--check");
const banner = "// GENERATED FILE - do not edit. Source: {src}. Regenerate with `pnpm gen`.\n";

/**
 * Every plugin schema with its plugin name and the generated files' base name: a package with a
 * schema/config.json and `"aigw": { "plugin": "<name>" }` (-> src/config.gen.ts), or a package
 * exporting several plugins with `"aigw": { "plugins": { "<name>": "schema/<file>.json" } }`
 * (-> src/<file>.gen.ts and src/<file>-schema.gen.ts for each, and one src/validators.gen.ts
 * exporting `validate<File>` for all). Other JSON files of the package (e.g. schema/shared.json)
 * are only read through the schemas' `$ref`s.
 */
function pluginSchemas() {
  const found = [];
  for (const group of ["plugins", "packages"]) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const pkgPath = join(dir, name, "package.json");
      if (!existsSync(pkgPath)) continue;
      const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
      const several = pkg.aigw?.plugins;
      if (several && typeof several === "object") {
        for (const [plugin, file] of Object.entries(several)) {
          const schemaPath = join(dir, name, file);
          if (!existsSync(schemaPath)) throw new Error(`${relative(root, pkgPath)}: ${file} does not exist`);
          found.push({
            plugin,
            dir: join(dir, name),
            schemaPath,
            base: basename(file, ".json"),
            shared: true,
          });
        }
        continue;
      }
      const schemaPath = join(dir, name, "schema", "config.json");
      if (!existsSync(schemaPath)) continue;
      const plugin = pkg.aigw?.plugin;
      if (!plugin) throw new Error(`${relative(root, pkgPath)}: missing "aigw": { "plugin": "<name>" }`);
      found.push({ plugin, dir: join(dir, name), schemaPath, base: "config" });
    }
  }
  return found;
}

async function typesFor(schema, srcRel) {
  const ts = await compile(schema, schema.title ?? "Config", {
    bannerComment: banner.replace("{src}", srcRel),
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: false, printWidth: 110 },
  });
  return ts;
}

/**
 * A precompiled validator module for `dir`'s package, after checking the package depends on
 * what the module imports (ajv's runtime helpers, ajv-formats' formats).
 */
function validatorFor(dir, input) {
  const { code, packages } = validatorModule(input);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const missing = packages.filter((name) => !pkg.dependencies?.[name]);
  if (missing.length > 0)
    throw new ValidatorCodeError(
      `${input.label}: its precompiled validator imports ${missing.join(", ")}: add to ${relative(root, join(dir, "package.json"))} dependencies`,
    );
  return code;
}

/** `loadbalance` -> `validateLoadbalance`: the validator's export name in a package of several. */
const validatorName = (base) => `validate${base.charAt(0).toUpperCase()}${identifier(base.slice(1))}`;

/**
 * One validator module for a package of several plugins: each plugin's schema as written, under
 * its file's URL (so its relative `$ref`s resolve), beside the package's other schema files.
 * ajv compiles a shared definition once and every validator calls it.
 */
function sharedValidatorModule(dir, entries) {
  const schemaDir = dirname(entries[0].schemaPath);
  const idOf = (file) => `https://aigw.dev/${relative(root, join(schemaDir, file)).split("\\").join("/")}`;
  const own = new Set(entries.map((e) => basename(e.schemaPath)));
  const others = readdirSync(schemaDir)
    .filter((file) => file.endsWith(".json") && !own.has(file))
    .sort();
  // Each shared definition is a schema of its own, added under an id that every reference to
  // it uses: ajv compiles such a schema once and every validator calls it. (A definition reached
  // by a pointer into another file is compiled again inside each schema that refers to it.)
  const byId = (from) => (node) => {
    const match = /^(?:\.\/([^#]+))?#\/definitions\/([^/]+)$/.exec(node.$ref);
    const target = match && (match[1] ?? from);
    return target && !own.has(target) ? { ...node, $ref: `${idOf(target)}/${match[2]}` } : node;
  };
  const read = (file) => JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
  const schemas = [
    ...others.flatMap((file) =>
      Object.entries(read(file).definitions ?? {}).map(([name, definition]) => [
        `${idOf(file)}/${name}`,
        mapRefs(definition, byId(file)),
      ]),
    ),
    ...[...own].sort().map((file) => [idOf(file), mapRefs(read(file), byId(undefined))]),
  ];
  const rel = relative(root, schemaDir);
  return validatorFor(dir, {
    banner: banner.replace("{src}", `${rel}/*.json`),
    label: rel,
    schemas,
    shareRefs: true,
    exports: Object.fromEntries(
      [...entries]
        .sort((a, b) => a.base.localeCompare(b.base))
        .map((e) => [validatorName(e.base), idOf(basename(e.schemaPath))]),
    ),
  });
}

/** `chat.completions` -> `chatCompletions`: an endpoint name as an identifier. */
const identifier = (name) => name.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_m, c) => c.toUpperCase());

/** A copy of a schema without one keyword, wherever it appears. */
function withoutKeyword(node, keyword) {
  if (Array.isArray(node)) return node.map((item) => withoutKeyword(item, keyword));
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== keyword)
      .map(([key, value]) => [key, withoutKeyword(value, keyword)]),
  );
}

function valueModule(name, schema, srcRel) {
  return `${banner.replace("{src}", srcRel)}\nexport const ${name} = ${JSON.stringify(schema, null, 2)} as const;\n`;
}

/**
 * The built-in price table as a value, so every runtime loads it as plain JavaScript (no JSON
 * import attributes). Typed loosely rather than `as const`: its declaration stays small, and the
 * engine validates it (validatePriceTable) before use. One model per line keeps the module small
 * (it is loaded at boot) and its diffs readable.
 */
function pricesModule(table, srcRel) {
  const providers = Object.entries(table.providers).map(([provider, models]) => {
    const lines = Object.entries(models).map(
      ([id, price]) => `      ${JSON.stringify(id)}: ${JSON.stringify(price)},`,
    );
    return `    ${JSON.stringify(provider)}: {\n${lines.join("\n")}\n    },`;
  });
  const head = { ...table };
  delete head.providers;
  const fields = Object.entries(head).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`,
  );
  return `${banner.replace("{src}", srcRel)}
/** A price table as plain data: by provider label, then model id, the prices of one model. */
export interface PriceTableData {
  readonly $schema?: string;
  readonly version: string;
  readonly providers: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>>;
}

/** The built-in price table (schemas/prices.json): validate it with \`validatePriceTable\` before use. */
export const priceTable: PriceTableData = {
${fields.join("\n")}
  "providers": {
${providers.join("\n")}
  },
};
`;
}

/**
 * The built-in capability table as a value, like the price table: plain JavaScript every runtime
 * loads, typed loosely (the engine validates it with validateCapabilityTable before use), one
 * model per line.
 */
function capabilitiesModule(table, srcRel) {
  const entries = (models, indent) =>
    Object.entries(models)
      .map(([id, entry]) => `${indent}${JSON.stringify(id)}: ${JSON.stringify(entry)},`)
      .join("\n");
  const providers = Object.entries(table.providers).map(
    ([provider, models]) => `    ${JSON.stringify(provider)}: {\n${entries(models, "      ")}\n    },`,
  );
  return `${banner.replace("{src}", srcRel)}
/** A capability table as plain data: profiles, and by provider label then model id, one model's entry. */
export interface CapabilityTableData {
  readonly $schema?: string;
  readonly version: string;
  readonly profiles?: Readonly<Record<string, unknown>>;
  readonly providers: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** The built-in capability table (schemas/capabilities.json): validate it with \`validateCapabilityTable\` before use. */
export const capabilityTable: CapabilityTableData = {
  "version": ${JSON.stringify(table.version)},
  "profiles": {
${entries(table.profiles ?? {}, "    ")}
  },
  "providers": {
${providers.join("\n")}
  },
};
`;
}

async function outputs() {
  const files = new Map();
  const gatewayPath = join(root, "schemas", "gateway.schema.json");
  const gateway = JSON.parse(readFileSync(gatewayPath, "utf8"));
  files.set(
    join(root, "schemas/src/gateway-config.gen.ts"),
    await typesFor(gateway, "schemas/gateway.schema.json"),
  );
  files.set(
    join(root, "schemas/src/gateway-schema.gen.ts"),
    valueModule("gatewaySchema", gateway, "schemas/gateway.schema.json"),
  );

  // The request record and the price table: contracts every plugin shares, so their types live
  // in plugin-api (which imports nothing), their validators beside the gateway's.
  // The record's free-form JSON values are typed as plugin-api's JsonValue (`tsType`, a
  // keyword of the type generator only: the validator gets the schema without it).
  const recordRel = "schemas/request-record.schema.json";
  const recordSource = JSON.parse(readFileSync(join(root, recordRel), "utf8"));
  const recordTypes = await typesFor(recordSource, recordRel);
  files.set(
    join(root, "packages/plugin-api/src/request-record.gen.ts"),
    recordTypes.replace("\n", '\nimport type { JsonValue } from "./openai/common.js";\n'),
  );
  const record = withoutKeyword(recordSource, "tsType");
  const priceTableRel = "schemas/price-table.schema.json";
  const priceTable = JSON.parse(readFileSync(join(root, priceTableRel), "utf8"));
  files.set(
    join(root, "packages/plugin-api/src/price-table.gen.ts"),
    await typesFor(priceTable, priceTableRel),
  );
  const capabilityTableRel = "schemas/capabilities.schema.json";
  const capabilityTable = JSON.parse(readFileSync(join(root, capabilityTableRel), "utf8"));
  files.set(
    join(root, "packages/plugin-api/src/capability-table.gen.ts"),
    await typesFor(capabilityTable, capabilityTableRel),
  );
  const capabilitiesRel = "schemas/capabilities.json";
  const capabilities = JSON.parse(readFileSync(join(root, capabilitiesRel), "utf8"));
  files.set(join(root, "schemas/src/capabilities.gen.ts"), capabilitiesModule(capabilities, capabilitiesRel));
  const pricesRel = "schemas/prices.json";
  const prices = JSON.parse(readFileSync(join(root, pricesRel), "utf8"));
  files.set(join(root, "schemas/src/prices.gen.ts"), pricesModule(prices, pricesRel));

  files.set(
    join(root, "schemas/src/gateway-validators.gen.ts"),
    validatorFor(join(root, "schemas"), {
      banner: banner.replace("{src}", "schemas/gateway.schema.json"),
      label: "schemas/gateway.schema.json",
      schemas: [
        [gateway.$id, gateway],
        [priceTable.$id, priceTable],
        [capabilityTable.$id, capabilityTable],
        [record.$id, record],
      ],
      exports: {
        validateGateway: gateway.$id,
        validatePipeline: `${gateway.$id}#/definitions/Pipeline`,
        validatePriceTable: priceTable.$id,
        validateCapabilityTable: capabilityTable.$id,
        validateRequestRecord: record.$id,
      },
    }),
  );

  // The engine's request-body schemas: each lowercase definition is one endpoint's body (the
  // capitalised ones are parts they share); exported one by one and as a map by endpoint name.
  const endpointsRel = "packages/engine/schema/endpoints.json";
  const endpoints = JSON.parse(readFileSync(join(root, endpointsRel), "utf8"));
  const endpointNames = Object.keys(endpoints.definitions).filter((name) => /^[a-z]/.test(name));
  const endpointModule = validatorFor(join(root, "packages/engine"), {
    banner: banner.replace("{src}", endpointsRel),
    label: endpointsRel,
    schemas: [[endpoints.$id, endpoints]],
    exports: Object.fromEntries(
      endpointNames.map((name) => [identifier(name), `${endpoints.$id}#/definitions/${name}`]),
    ),
  });
  const endpointMap = endpointNames.map((name) => `  ${JSON.stringify(name)}: ${identifier(name)},`);
  files.set(
    join(root, "packages/engine/src/http/endpoint-validators.gen.ts"),
    `${endpointModule}\n/** Each endpoint's request-body validator, by endpoint name. */\nexport const endpointValidators: Record<string, Validator> = {\n${endpointMap.join("\n")}\n};\n`,
  );

  const plugins = pluginSchemas();
  for (const entry of plugins) {
    const { dir, schemaPath, base } = entry;
    const rel = relative(root, schemaPath);
    const source = JSON.parse(readFileSync(schemaPath, "utf8"));
    const schema = inlineSharedRefs(source, { file: schemaPath, packageDir: dir, label: rel });
    entry.schema = schema;
    files.set(join(dir, "src", `${base}.gen.ts`), await typesFor(schema, rel));
    files.set(join(dir, "src", `${base}-schema.gen.ts`), valueModule("configSchema", schema, rel));
    if (entry.shared) continue;
    files.set(
      join(dir, "src", `${base}-validator.gen.ts`),
      validatorFor(dir, {
        banner: banner.replace("{src}", rel),
        label: rel,
        schemas: [["config", schema]],
        exports: { validateConfig: "config" },
      }),
    );
  }

  const severalByDir = new Map();
  for (const entry of plugins.filter((e) => e.shared))
    severalByDir.set(entry.dir, [...(severalByDir.get(entry.dir) ?? []), entry]);
  for (const [dir, entries] of severalByDir)
    files.set(join(dir, "src", "validators.gen.ts"), sharedValidatorModule(dir, entries));

  // The editor schema: the gateway schema, with each node's `config` typed by its plugin. A
  // plugin's definitions move to the bundle's as `<plugin>.<Name>` (its `#/definitions/...` refs
  // would otherwise resolve against the bundle's root).
  const bundled = structuredClone(gateway);
  bundled.$id = "https://aigw.dev/schemas/aigw.schema.json";
  bundled.definitions.Node.allOf = plugins.map(({ plugin, schema }, i) => {
    const at = `/definitions/Node/allOf/${i}/then/properties/config`;
    const { config, definitions } = embedForBundle(schema, plugin, at);
    for (const [name, definition] of Object.entries(definitions)) {
      if (name in bundled.definitions)
        throw new SchemaRefError(`schemas/aigw.schema.json: ${plugin}'s definition ${name} is taken`);
      bundled.definitions[name] = definition;
    }
    // biome-ignore lint/suspicious/noThenProperty: JSON schema if/then, not a thenable.
    return { if: { properties: { plugin: { const: plugin } } }, then: { properties: { config } } };
  });
  const broken = brokenRefs(bundled);
  if (broken.length > 0)
    throw new SchemaRefError(`schemas/aigw.schema.json: broken $ref ${broken.join(", ")}`);
  files.set(join(root, "schemas/aigw.schema.json"), `${JSON.stringify(bundled, null, 2)}\n`);
  return files;
}

let files;
try {
  files = await outputs();
} catch (error) {
  if (!(error instanceof SchemaRefError) && !(error instanceof ValidatorCodeError)) throw error;
  console.error(`schemas: ${error.message}`);
  process.exit(1);
}
const drifted = [];
for (const [path, content] of files) {
  const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (current === content) continue;
  if (check) drifted.push(relative(root, path));
  else writeFileSync(path, content);
}
if (check && drifted.length > 0) {
  console.error(`Generated files drifted from their schemas (run \`pnpm gen\`):\n  ${drifted.join("\n  ")}`);
  process.exit(1);
}
console.log(
  check ? `schemas: ${files.size} generated files up to date` : `schemas: wrote ${files.size} files`,
);
