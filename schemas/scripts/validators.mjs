// Precompiled validators for the generator (generate.mjs): ajv's standalone code generation turns
// schemas into ES modules of plain validation functions, so that a gateway validates its config
// at boot without importing ajv's compiler or compiling anything (that cost ~200 ms of a cold
// start). The ajv instance is built with the very options the engine's createAjv uses
// (schemas/ajv-options.js) plus ajv-formats, so a precompiled validator accepts the same data,
// fills in the same defaults and reports the same errors as a runtime-compiled one.
//
// ajv's ESM output (`code.esm`) still `require()`s its runtime helpers and ajv-formats' formats
// (ajv issues #1976 and #2209), which an ES module cannot do. So the formats are referred to by
// a name we import ourselves (`code.formats`), and each `require("ajv/dist/runtime/<x>").default`
// is rewritten into an import; any other `require` left in the code fails the generation.
import { _, Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { ajvOptions } from "../ajv-options.js";

/** A schema that cannot be precompiled, or generated code this module does not know how to import. */
export class ValidatorCodeError extends Error {
  name = "ValidatorCodeError";
}

const FORMATS = "ajvFormats";
const runtimeRequire = /require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)\.default/gi;

/**
 * The type every generated module gives its exports: ajv's ValidateFunction as far as aigw uses
 * it. Structurally the same as plugin-api's `ConfigValidator`, without importing anything.
 */
const validatorType = `/** A precompiled validator: ajv's ValidateFunction, as far as aigw uses it. */
export type Validator = {
  (data: unknown): boolean;
  errors?:
    | { keyword: string; instancePath: string; schemaPath: string; params: Record<string, unknown>; message?: string }[]
    | null;
};`;

/** The ajv instance precompiled validators are generated with (ajv-options.js, ajv-formats). */
export function standaloneAjv(extra = {}) {
  const ajv = new Ajv({
    ...ajvOptions,
    ...extra,
    code: { source: true, esm: true, lines: true, formats: _`${FORMATS}` },
  });
  addFormats(ajv);
  return ajv;
}

/**
 * The TypeScript module (a `*.gen.ts`, so `// @ts-nocheck`: ajv's code is untyped JavaScript)
 * exporting one validator per entry of `exports` (export name -> schema key, or key#/pointer).
 * @param {{ banner: string, schemas: [string, object][], exports: Record<string, string>, label: string, shareRefs?: boolean }} input
 *   `schemas` are added to ajv under their keys; `label` names the source in errors; `shareRefs`
 *   compiles each `$ref`'d definition once as a function of its own instead of inlining it where
 *   it is used (the same validation, less code when several validators share definitions).
 * @returns {{ code: string, packages: string[] }} the module, and the npm packages it imports
 */
export function validatorModule({ banner, schemas, exports, label, shareRefs = false }) {
  const ajv = standaloneAjv(shareRefs ? { inlineRefs: false } : {});
  let code;
  try {
    for (const [key, schema] of schemas) ajv.addSchema(schema, key);
    code = standaloneCode(ajv, exports);
  } catch (error) {
    throw new ValidatorCodeError(`${label}: cannot precompile a validator: ${error.message}`);
  }
  const imports = [];
  const packages = new Set();
  const helpers = new Set();
  code = code.replace(runtimeRequire, (_match, helper) => {
    helpers.add(helper);
    return `runtime_${helper}`;
  });
  for (const helper of [...helpers].sort()) {
    // ajv's runtime modules are CommonJS: Node hands an ES module their `module.exports`, whose
    // `.default` is the helper; a bundler honouring `__esModule` hands the helper itself.
    imports.push(
      `import runtime_${helper}_module from "ajv/dist/runtime/${helper}.js";`,
      `const runtime_${helper} = runtime_${helper}_module.default ?? runtime_${helper}_module;`,
    );
    packages.add("ajv");
  }
  if (new RegExp(`\\b${FORMATS}\\b`).test(code)) {
    imports.push(`import { fullFormats as ${FORMATS} } from "ajv-formats/dist/formats.js";`);
    packages.add("ajv-formats");
  }
  if (/\brequire\(/.test(code))
    throw new ValidatorCodeError(`${label}: the generated validator requires a module not handled here`);
  // Type the exports: `export const name = validateN;` -> `export const name: Validator = validateN;`.
  code = code
    .replace(/^"use strict";\n?/, "")
    .replace(/^export const (\w+) = /gm, "export const $1: Validator = ");
  const body = [
    banner,
    "// @ts-nocheck -- ajv's generated JavaScript; the exports are typed below.",
    ...imports,
    "",
    validatorType,
    "",
    code.trim(),
    "",
  ];
  return { code: body.join("\n"), packages: [...packages].sort() };
}
