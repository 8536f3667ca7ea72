/**
 * Compiling JSON schemas with ajv, in the dialect a schema names (draft-07 by default, 2019-09 or
 * 2020-12 by `$schema`), with ajv-formats' formats. Two kinds of instance: the config's schemas
 * are compiled strictly (an unknown keyword or format is a boot error, since it is most likely a
 * typo), a request's schemas leniently (they are the client's, and the upstream accepted them).
 * Validation never changes the data: no defaults filled in, no type coercion.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: depending on the loader its default import is the function or the module.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

export type { ErrorObject, ValidateFunction };

/** A JSON schema as configs and requests carry it. */
export type JsonSchema = Record<string, unknown> | boolean;

type Dialect = "draft-07" | "2019-09" | "2020-12";

/** The dialect a schema's `$schema` names, draft-07 when it names none; undefined when unknown. */
function dialectOf(schema: JsonSchema): Dialect | undefined {
  const declared = typeof schema === "object" ? schema["$schema"] : undefined;
  if (declared === undefined) return "draft-07";
  if (typeof declared !== "string") return undefined;
  if (declared.includes("draft/2020-12")) return "2020-12";
  if (declared.includes("draft/2019-09")) return "2019-09";
  if (declared.includes("draft-07")) return "draft-07";
  return undefined;
}

/** Compiles schemas of every dialect with one set of options; instances are made on first use. */
export class SchemaCompiler {
  private readonly instances = new Map<Dialect, Ajv>();

  /** @param strict whether unknown keywords and formats are errors (config) or ignored (requests). */
  constructor(private readonly strict: boolean) {}

  /**
   * Compiles `schema`.
   * @throws Error with ajv's message when the schema is invalid or names an unknown dialect
   * (with `strict` off, an unknown `$schema` is ignored and draft-07 used).
   */
  compile(schema: JsonSchema): ValidateFunction {
    let dialect = dialectOf(schema);
    let source = schema;
    if (dialect === undefined) {
      if (this.strict)
        throw new Error(
          `unsupported $schema ${JSON.stringify((schema as Record<string, unknown>)["$schema"])}`,
        );
      const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
      source = rest;
      dialect = "draft-07";
    }
    return this.instance(dialect).compile(source);
  }

  /** Forgets a compiled schema (ajv keeps every schema it compiled until told). */
  forget(schema: JsonSchema): void {
    if (typeof schema !== "object") return;
    const dialect = dialectOf(schema) ?? "draft-07";
    this.instances.get(dialect)?.removeSchema(schema);
  }

  private instance(dialect: Dialect): Ajv {
    let ajv = this.instances.get(dialect);
    if (ajv === undefined) {
      const options = {
        allErrors: true,
        // Unknown keywords and formats: errors in a config, ignored in a request. Style rules
        // (types spelled out next to keywords, tuple bounds) are not errors in either.
        strictSchema: this.strict,
        strictTypes: false,
        strictTuples: false,
        strictRequired: false,
        // A request's odd keyword or format is not worth a line in the gateway's log.
        ...(this.strict ? {} : { logger: false as const }),
      };
      ajv =
        dialect === "2020-12"
          ? new Ajv2020(options)
          : dialect === "2019-09"
            ? new Ajv2019(options)
            : new Ajv(options);
      addFormats(ajv);
      this.instances.set(dialect, ajv);
    }
    return ajv;
  }
}
