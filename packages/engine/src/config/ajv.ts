/**
 * The engine's ajv instance setup, for schemas that come without a precompiled validator (a
 * third-party plugin's config schema). The engine's own schemas and the repo's plugins' are
 * precompiled by `pnpm gen` with the same options (@aigw/schemas/ajv-options), so a normal boot
 * never loads this module: the registry imports it lazily, only when some plugin needs it.
 */
import { ajvOptions } from "@aigw/schemas/ajv-options";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under NodeNext its default import is the module, the function is `.default`.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

export type { Ajv, ValidateFunction };

/** A fresh ajv: all errors, defaults filled in, formats, unknown keywords rejected in schemas. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ ...ajvOptions });
  addFormats(ajv);
  return ajv;
}
