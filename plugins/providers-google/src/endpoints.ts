/**
 * Endpoint URLs and auth headers. Gemini API:
 * `{origin}/v1beta/models/{model}:{method}` with the key in `x-goog-api-key`. Vertex AI:
 * `{origin}/v1/projects/{project}/locations/{location}/publishers/google/models/{model}:{method}`
 * with `Authorization: Bearer <token>`. Streams add `?alt=sse` (server-sent events, one full
 * GenerateContentResponse per event; without it Google streams one JSON array).
 */
import { type AbortSignalLike, GatewayError } from "@aigw/plugin-api";
import { withCredentialHeader } from "@aigw/wire-kit";
import type { Settings } from "./settings.js";

export type Method = "generateContent" | "streamGenerateContent" | "batchEmbedContents" | "predict";

const SEGMENT = /^[A-Za-z0-9_.@-]+$/;

/**
 * The path segments of a model name. A model is client input: only plain segments are allowed
 * (no `..`, no query, no empty segment), so it can never point the gateway's key at another path.
 */
function segments(path: string): string {
  const parts = path.split("/");
  if (parts.some((s) => !SEGMENT.test(s) || s === "." || s === "..")) {
    throw new GatewayError("invalid_request", `"${path}" is not a valid Google model name.`, {
      param: "model",
    });
  }
  return parts.join("/");
}

export async function endpointUrl(settings: Settings, model: string, method: Method): Promise<string> {
  const query = method === "streamGenerateContent" ? "?alt=sse" : "";
  const base = `${settings.origin}/${settings.apiVersion}`;
  if (settings.api === "gemini") {
    // `models/x` and `tunedModels/x` are full resource names; a bare id is a base model.
    const name = model.includes("/") ? model : `models/${model}`;
    return `${base}/${segments(name)}:${method}${query}`;
  }
  if (model.startsWith("projects/")) return `${base}/${segments(model)}:${method}${query}`;
  const project = settings.project ?? (await serviceAccountProject(settings));
  const name = model.startsWith("publishers/")
    ? model
    : `publishers/google/models/${model.replace(/^models\//, "")}`;
  return `${base}/projects/${encodeURIComponent(project)}/locations/${encodeURIComponent(settings.location)}/${segments(name)}:${method}${query}`;
}

async function serviceAccountProject(settings: Settings): Promise<string> {
  const fromKey =
    settings.auth.kind === "service-account" ? await settings.auth.tokens.projectId() : undefined;
  if (!fromKey) {
    throw new GatewayError(
      "internal_error",
      "No Vertex AI project: set project in this node's config (the credentials name none).",
    );
  }
  return fromKey;
}

/** The auth headers of one request; `token` is set when it is an OAuth token (to drop it on 401). */
export async function authHeaders(
  settings: Settings,
  signal: AbortSignalLike,
): Promise<{ headers: Record<string, string>; token?: string }> {
  const auth = settings.auth;
  switch (auth.kind) {
    case "api-key":
      return { headers: { "x-goog-api-key": auth.key } };
    case "vault-key":
      return { headers: { ...withCredentialHeader({}, auth.credentials, auth.credential) } };
    case "static-token":
      return { headers: { authorization: `Bearer ${auth.token}` } };
    case "service-account": {
      const token = await auth.tokens.token(signal);
      return { headers: { authorization: `Bearer ${token}` }, token };
    }
    case "missing":
      throw new GatewayError("internal_error", auth.message);
  }
}
