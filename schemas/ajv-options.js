// The ajv options every aigw validator is built with: by the engine when it compiles a schema at
// boot (createAjv, for a plugin that ships no precompiled validator) and by the generator when it
// precompiles validators (schemas/scripts/validators.mjs). One definition, so both kinds of
// validator accept the same data, fill in the same defaults and report the same errors. Both
// sides also add ajv-formats (all formats, full mode, with its formatMinimum/... keywords).
// Plain JavaScript, not TypeScript: the generator is a Node script that runs before any build.

/**
 * Strict about unknown keywords (a typo in a plugin schema is a bug); lenient on style rules.
 * `discriminator`: a oneOf tagged by a field is checked against the one alternative the tag names,
 * so a config error lists that alternative's problems rather than every alternative's.
 * @type {import("./ajv-options.js").AjvOptions}
 */
export const ajvOptions = Object.freeze({
  allErrors: true,
  useDefaults: true,
  strict: true,
  strictRequired: false,
  strictTypes: false,
  strictTuples: false,
  allowUnionTypes: true,
  discriminator: true,
});
