/**
 * Validation of the admin API's request bodies against their JSON schemas (schema/admin.json,
 * inlined in the generated config schema): ajv compiles each once, when the plugin is created.
 * A body that fails is a 400 in OpenAI's shape whose `param` names the offending field.
 */
import { GatewayError } from "@aigw/plugin-api";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type {
  CredentialPut,
  KeyCreate,
  KeyRotate,
  KeyUpdate,
  TeamCreate,
  TeamUpdate,
  TokenCreate,
  UserCreate,
  UserUpdate,
} from "../config.gen.js";
import { configSchema } from "../config-schema.gen.js";

// ajv-formats is CommonJS; under NodeNext its default import is the module, the function is `.default`.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

/** Each payload's type, by its definition name. */
export interface Payloads {
  KeyCreate: KeyCreate;
  KeyUpdate: KeyUpdate;
  KeyRotate: KeyRotate;
  TeamCreate: TeamCreate;
  TeamUpdate: TeamUpdate;
  UserCreate: UserCreate;
  UserUpdate: UserUpdate;
  CredentialPut: CredentialPut;
  TokenCreate: TokenCreate;
}

export type PayloadName = keyof Payloads;

const NAMES: readonly PayloadName[] = [
  "KeyCreate",
  "KeyUpdate",
  "KeyRotate",
  "TeamCreate",
  "TeamUpdate",
  "UserCreate",
  "UserUpdate",
  "CredentialPut",
  "TokenCreate",
];

const SCHEMA_ID = "https://aigw.dev/plugins/auth-virtual-key/config.json";

export type PayloadParser = <N extends PayloadName>(name: N, body: unknown) => Payloads[N];

/** Compiles every payload validator (once); returns the parser the admin routes use. */
export function payloadParser(): PayloadParser {
  const ajv = new Ajv({ allErrors: false, strict: true });
  addFormats(ajv);
  ajv.addSchema({ ...configSchema, $id: SCHEMA_ID });
  const validators = new Map<PayloadName, ValidateFunction>();
  for (const name of NAMES) validators.set(name, ajv.getSchema(`${SCHEMA_ID}#/definitions/${name}`)!);
  return <N extends PayloadName>(name: N, body: unknown): Payloads[N] => {
    const validate = validators.get(name)!;
    if (validate(body)) return body as Payloads[N];
    const error = validate.errors?.[0];
    throw new GatewayError("invalid_request", `Invalid request body: ${describe(error)}.`, {
      param: error ? paramOf(error) : null,
    });
  };
}

/** The field an error is about, as a dotted path (`limits.requestsPerMinute`). */
export function paramOf(error: ErrorObject): string | null {
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
  const extra = error.params as { missingProperty?: string; additionalProperty?: string };
  if (extra.missingProperty) path.push(extra.missingProperty);
  if (extra.additionalProperty) path.push(extra.additionalProperty);
  return path.length > 0 ? path.join(".") : null;
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return "it does not match its schema";
  const param = paramOf(error);
  const extra = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  if (extra.additionalProperty) return `unknown field "${param}"`;
  if (extra.allowedValues) return `${param ?? "the body"} must be one of ${extra.allowedValues.join(", ")}`;
  return `${param ?? "the body"} ${error.message ?? "is invalid"}`;
}
