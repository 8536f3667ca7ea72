// `$ref` handling for the generator (generate.mjs).
//
// A plugin schema may reference a definition in another JSON file of the same package by a
// relative `$ref`: `"$ref": "./shared.json#/definitions/RetryPolicy"` (the path is relative to
// the referencing file; `#/$defs/<Name>` works too). At generation time `inlineSharedRefs` copies
// each referenced definition, and whatever it references in turn, into the schema's own
// `definitions` under the same name and rewrites the ref to `#/definitions/<Name>`: the generated
// schema module is self-contained, and json-schema-to-typescript names the type `<Name>` as if the
// definition had been written in the schema itself. Only whole definitions can be referenced
// across files; any ref that does not resolve fails the generation (SchemaRefError).
// A ref may also name a file of a package the plugin depends on, by its package specifier
// (`"$ref": "@aigw/guardrail-kit/schema/guardrail.json#/definitions/GuardrailOn"`), resolved from the
// plugin's own node_modules: definitions a family of plugins shares live once, in their kit.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

/** A broken or unsupported `$ref`; the message names the schema and the ref. */
export class SchemaRefError extends Error {
  name = "SchemaRefError";
}

/** Keywords whose value is data, not a schema: a `$ref` key inside them is not a reference. */
const dataKeywords = new Set(["default", "const", "enum", "examples"]);
/** Keywords whose value maps names (property names, definition names) to schemas. */
const schemaMaps = new Set([
  "properties",
  "patternProperties",
  "definitions",
  "$defs",
  "dependencies",
  "dependentSchemas",
]);

/**
 * A deep copy of `node` in which every schema object with a string `$ref` is replaced by
 * `onRef(copy)` (its subschemas already copied). Data keywords are copied untouched.
 * @param {unknown} node
 * @param {(schema: Record<string, unknown> & { $ref: string }) => unknown} onRef
 * @param {boolean} [nameMap] `node` maps names to schemas (the value of `properties` etc.)
 * @returns {unknown}
 */
export function mapRefs(node, onRef, nameMap = false) {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, onRef));
  if (node === null || typeof node !== "object") return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (nameMap) out[key] = mapRefs(value, onRef);
    else if (dataKeywords.has(key)) out[key] = structuredClone(value);
    else out[key] = mapRefs(value, onRef, schemaMaps.has(key));
  }
  return !nameMap && typeof out.$ref === "string" ? onRef(/** @type {any} */ (out)) : out;
}

/** The value at a `#...` fragment (without the `#`) of `doc`, or undefined. */
export function resolvePointer(doc, fragment) {
  if (fragment === "") return doc;
  if (!fragment.startsWith("/")) return undefined;
  let node = doc;
  for (const raw of fragment.slice(1).split("/")) {
    const token = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, token)) return undefined;
    node = node[token];
  }
  return node;
}

const pointerToken = (name) => encodeURIComponent(name.replace(/~/g, "~0").replace(/\//g, "~1"));

/** Splits a `$ref` into its file part and its fragment (without the `#`). */
function splitRef(ref) {
  const hash = ref.indexOf("#");
  return hash < 0 ? { file: ref, fragment: "" } : { file: ref.slice(0, hash), fragment: ref.slice(hash + 1) };
}

/**
 * The schema with every relative-file `$ref` inlined as a local definition (see the top of this
 * file). The input is not modified.
 * @param {Record<string, unknown>} schema the parsed schema
 * @param {{ file: string, packageDir: string, label?: string }} where the schema's path, its
 *   package's directory (refs may not leave it) and the name used in errors
 * @returns {Record<string, unknown>}
 */
export function inlineSharedRefs(schema, { file, packageDir, label = file }) {
  const root = resolve(file);
  const pkg = resolve(packageDir);
  /** Directories refs may point into: the package, and the dependencies it references. */
  const roots = new Set([pkg]);
  const container = schema.$defs && !schema.definitions ? "$defs" : "definitions";
  const ownDefs = /** @type {Record<string, unknown>} */ (schema[container] ?? {});
  const rel = (path) => relative(dirname(root), path).split(sep).join("/") || ".";
  const fail = (ref, from, why) =>
    new SchemaRefError(`${label}: $ref "${ref}"${from === root ? "" : ` (in ${rel(from)})`}: ${why}`);

  /** @type {Map<string, unknown>} parsed files by path */
  const docs = new Map([[root, schema]]);
  const load = (path, ref, from) => {
    if (docs.has(path)) return docs.get(path);
    if (!existsSync(path)) throw fail(ref, from, `${rel(path)} does not exist`);
    try {
      docs.set(path, JSON.parse(readFileSync(path, "utf8")));
    } catch (error) {
      throw fail(ref, from, `${rel(path)} is not valid JSON (${error.message})`);
    }
    return docs.get(path);
  };

  /** Inlined definitions: `${file}#${keyword}/${name}` -> { name, content, order }. */
  const hoisted = new Map();
  /** Definition names in use: name -> where it comes from, or "own" for the schema's own. */
  const names = new Map(Object.keys(ownDefs).map((name) => [name, "own"]));
  const fileOrder = [];

  const rewrite = (from) => (node) => {
    const { $ref: ref, ...siblings } = node;
    const parts = splitRef(ref);
    if (parts.file === "" && from === root) {
      if (resolvePointer(schema, parts.fragment) === undefined) throw fail(ref, from, "points at nothing");
      return node;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(parts.file) || isAbsolute(parts.file) || parts.file.startsWith("/"))
      throw fail(ref, from, "is not a relative file reference (only ./<file>.json#/definitions/<Name>)");
    let target;
    if (parts.file.startsWith("@")) {
      const spec = decodeURI(parts.file);
      const installed = resolve(pkg, "node_modules", spec);
      if (!existsSync(installed)) throw fail(ref, from, `${spec} is not installed in the package`);
      target = realpathSync(installed);
      // The dependency's own folder (a scoped name is two segments), where its relative refs point.
      const name = spec
        .split("/")
        .slice(0, spec.startsWith("@") ? 2 : 1)
        .join("/");
      roots.add(realpathSync(resolve(pkg, "node_modules", name)));
    } else {
      target = parts.file === "" ? from : resolve(dirname(from), decodeURI(parts.file));
      if (![...roots].some((dir) => target === dir || target.startsWith(dir + sep)))
        throw fail(ref, from, `${rel(target)} is outside the package`);
    }
    const match = /^\/(definitions|\$defs)\/([^/]+)$/.exec(parts.fragment);
    if (!match)
      throw fail(
        ref,
        from,
        "must point at a whole definition of its file (#/definitions/<Name> or #/$defs/<Name>)",
      );
    const keyword = match[1];
    const name = decodeURIComponent(match[2]).replace(/~1/g, "/").replace(/~0/g, "~");
    const definition = resolvePointer(load(target, ref, from), parts.fragment);
    if (definition === undefined) throw fail(ref, from, `${rel(target)} has no ${keyword}/${name}`);
    hoist(target, keyword, name, definition, ref, from);
    return { $ref: `#/${container}/${pointerToken(name)}`, ...siblings };
  };

  const hoist = (path, keyword, name, definition, ref, from) => {
    const key = `${path}#${keyword}/${name}`;
    if (hoisted.has(key)) return;
    const taken = names.get(name);
    if (taken !== undefined && taken !== "own")
      throw fail(ref, from, `another referenced definition is also named "${name}" (${taken})`);
    if (!fileOrder.includes(path)) fileOrder.push(path);
    const order = [fileOrder.indexOf(path), Object.keys(docs.get(path)[keyword]).indexOf(name)];
    const entry = { name, content: undefined, order, own: taken === "own" };
    // Claimed before walking it: a definition may reference itself, or one of the same name.
    hoisted.set(key, entry);
    if (!entry.own) names.set(name, `${rel(path)}#/${keyword}/${name}`);
    entry.content = mapRefs(definition, rewrite(path));
    // The schema defines the name itself: fine when it is the same definition (its own copy stays).
    if (entry.own && JSON.stringify(mapRefs(ownDefs[name], rewrite(root))) !== JSON.stringify(entry.content))
      throw fail(ref, from, `the schema has its own, different ${container}/${name}`);
  };

  const out = /** @type {Record<string, unknown>} */ (mapRefs(schema, rewrite(root)));
  const added = [...hoisted.values()]
    .filter((entry) => !entry.own)
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  if (added.length > 0) {
    out[container] = {
      ...(out[container] ?? {}),
      ...Object.fromEntries(added.map((entry) => [entry.name, entry.content])),
    };
  }
  return out;
}

/**
 * Every `$ref` of `doc` that is not a local `#...` pointer resolving inside `doc`.
 * @param {unknown} doc
 * @returns {string[]}
 */
export function brokenRefs(doc) {
  const broken = [];
  mapRefs(doc, (node) => {
    const { file, fragment } = splitRef(node.$ref);
    if (file !== "" || resolvePointer(doc, fragment) === undefined) broken.push(node.$ref);
    return node;
  });
  return broken;
}

/**
 * A self-contained plugin schema made ready to embed in the editor bundle at `location` (a JSON
 * pointer, e.g. `/definitions/Node/allOf/3/then/properties/config`): its definitions move to the
 * bundle's `definitions` as `<plugin>.<Name>`, and its local refs are rewritten to match
 * (`#/definitions/Name` -> `#/definitions/<plugin>.Name`, any other `#/x` -> `#<location>/x`).
 * @param {Record<string, unknown>} schema
 * @param {string} plugin
 * @param {string} location
 * @returns {{ config: Record<string, unknown>, definitions: Record<string, unknown> }}
 */
export function embedForBundle(schema, plugin, location) {
  const rewrite = (node) => {
    const { file, fragment } = splitRef(node.$ref);
    if (file !== "") throw new SchemaRefError(`${plugin}: $ref "${node.$ref}" is not inlined`);
    const def = /^\/(?:definitions|\$defs)\/([^/]+)(.*)$/.exec(fragment);
    const target = def ? `/definitions/${pointerToken(`${plugin}.`)}${def[1]}${def[2]}` : location + fragment;
    return { ...node, $ref: `#${target}` };
  };
  const { $schema: _schema, $id: _id, definitions = {}, $defs = {}, ...rest } = schema;
  return {
    config: /** @type {Record<string, unknown>} */ (mapRefs(rest, rewrite)),
    definitions: Object.fromEntries(
      Object.entries({ ...definitions, ...$defs }).map(([name, def]) => [
        `${plugin}.${name}`,
        mapRefs(def, rewrite),
      ]),
    ),
  };
}
