/**
 * Finding and reading a service account key: the JSON from an environment variable, a file named
 * in the config, or the file named by GOOGLE_APPLICATION_CREDENTIALS (the ADC convention). Only
 * `type: service_account` keys are understood; errors name where the key came from, never its
 * content.
 */
import type { Env } from "@aigw/plugin-api";

export const DEFAULT_CREDENTIALS_ENV = "GOOGLE_APPLICATION_CREDENTIALS_JSON";
export const ADC_FILE_ENV = "GOOGLE_APPLICATION_CREDENTIALS";
export const DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token";

export interface ServiceAccount {
  clientEmail: string;
  privateKey: string;
  privateKeyId: string | undefined;
  tokenUri: string;
  projectId: string | undefined;
}

/** Where the key comes from, resolved at boot (reading a file waits for the first request). */
export type CredentialSource =
  | { kind: "json"; json: string; origin: string }
  | { kind: "file"; path: string; origin: string }
  | { kind: "none"; message: string };

export function findCredentials(
  config: { credentialsEnv?: string | undefined; credentialsFile?: string | undefined },
  env: Env,
): CredentialSource {
  if (config.credentialsFile) {
    return { kind: "file", path: config.credentialsFile, origin: `the file ${config.credentialsFile}` };
  }
  const jsonEnv = config.credentialsEnv ?? DEFAULT_CREDENTIALS_ENV;
  const json = env.get(jsonEnv);
  if (json?.trim()) return { kind: "json", json, origin: `the environment variable ${jsonEnv}` };
  if (config.credentialsEnv === undefined) {
    const path = env.get(ADC_FILE_ENV);
    if (path?.trim()) return { kind: "file", path, origin: `the file named by ${ADC_FILE_ENV}` };
  }
  return {
    kind: "none",
    message:
      `No Vertex AI credentials: set the environment variable ${jsonEnv} to a service account key JSON` +
      (config.credentialsEnv === undefined ? ` (or ${ADC_FILE_ENV} to its path)` : "") +
      ", or credentialsFile / accessTokenEnv in this node's config.",
  };
}

/** Reads the key's JSON text (a file is read through node:fs, loaded only when needed). */
export async function loadCredentialText(source: CredentialSource): Promise<string> {
  if (source.kind === "none") throw new Error(source.message);
  if (source.kind === "json") return source.json;
  const fs = await import("node:fs/promises");
  try {
    return await fs.readFile(source.path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(`Could not read ${source.origin}${typeof code === "string" ? ` (${code})` : ""}.`);
  }
}

/** Parses and checks a service account key. */
export function parseServiceAccount(text: string, origin: string): ServiceAccount {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`The Vertex AI credentials in ${origin} are not valid JSON.`);
  }
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : undefined);
  if (o.type !== undefined && o.type !== "service_account") {
    throw new Error(
      `The Vertex AI credentials in ${origin} are of type "${String(o.type)}"; only service_account keys are supported.`,
    );
  }
  const clientEmail = str(o.client_email);
  const privateKey = str(o.private_key);
  if (!clientEmail || !privateKey) {
    throw new Error(`The Vertex AI credentials in ${origin} lack client_email or private_key.`);
  }
  return {
    clientEmail,
    privateKey,
    privateKeyId: str(o.private_key_id),
    tokenUri: str(o.token_uri) ?? DEFAULT_TOKEN_URI,
    projectId: str(o.project_id),
  };
}
