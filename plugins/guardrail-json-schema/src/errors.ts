/** The error a JSON schema guardrail config fails to compile with. */

/** A config whose schema (or a tool's) is not a usable JSON schema. */
export class JsonSchemaConfigError extends Error {
  override name = "JsonSchemaConfigError";
}
