/**
 * The gateway's native ingress: OpenAI's REST API. Maps a path to an endpoint, enforces method,
 * size, nesting depth and content type, parses the body once (keeping the original bytes for
 * pass-through), checks the type of every field the gateway or a provider reads against the
 * endpoint's schema (schema/endpoints.json), and reads caller metadata. Every failure is a
 * `GatewayError` with the status a client of OpenAI would expect.
 */
import { type ConfigValidator, type Endpoint, GatewayError, type GatewayRequest } from "@aigw/plugin-api";
import { schemaError, tooDeepError } from "./body-errors.js";
import { type IncomingCall, webRequestOf } from "./call.js";
import { findTooDeep } from "./json-depth.js";
import { metadataFrom } from "./metadata-header.js";

export interface RouteInfo {
  endpoint: Endpoint;
  multipart: boolean;
  /** False for endpoints that never stream (moderations): their `stream` field means nothing. */
  streams?: false;
}

const ROUTES: Record<string, RouteInfo> = {
  "/chat/completions": { endpoint: "chat.completions", multipart: false },
  "/completions": { endpoint: "completions", multipart: false },
  "/embeddings": { endpoint: "embeddings", multipart: false },
  "/images/generations": { endpoint: "images.generations", multipart: false },
  "/audio/speech": { endpoint: "audio.speech", multipart: false },
  "/audio/transcriptions": { endpoint: "audio.transcriptions", multipart: true },
  "/moderations": { endpoint: "moderations", multipart: false, streams: false },
};

/** The OpenAI route for a path (with or without the `/v1` prefix). */
/** The paths the engine serves itself (without `/v1`). */
export function enginePaths(): readonly string[] {
  return Object.keys(ROUTES);
}

export function routeFor(path: string): RouteInfo | undefined {
  return ROUTES[path.startsWith("/v1/") ? path.slice(3) : path];
}

const decoder = new TextDecoder();

export interface IngressLimits {
  maxBodyBytes: number;
  metadataHeader: string;
}

async function multipartBody(call: IncomingCall, limit: number): Promise<Record<string, unknown>> {
  const bytes = await call.body(limit);
  let form: FormData;
  try {
    form = await webRequestOf(call, bytes).formData();
  } catch {
    throw new GatewayError("invalid_request", "The request body must be multipart/form-data with a file.");
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    const name = key.endsWith("[]") ? key.slice(0, -2) : key;
    if (key.endsWith("[]")) {
      const list = (body[name] as unknown[] | undefined) ?? [];
      list.push(value);
      body[name] = list;
    } else if (name === "temperature" && typeof value === "string" && value !== "")
      body[name] = Number(value);
    else body[name] = value;
  }
  if (body.file !== undefined && typeof body.file === "string") {
    throw new GatewayError("invalid_request", "The file field must be a file upload.", { param: "file" });
  }
  return body;
}

/** Parses an OpenAI API request into a `GatewayRequest`, or throws a client error. */
export async function parseOpenAIRequest(
  call: IncomingCall,
  path: string,
  route: RouteInfo,
  validators: Record<Endpoint, ConfigValidator>,
  limits: IngressLimits,
): Promise<GatewayRequest> {
  if (call.method !== "POST") {
    throw new GatewayError("method_not_allowed", `${call.method} is not allowed on ${path}; use POST.`, {
      headers: { allow: "POST" },
    });
  }
  const contentType = call.headers.get("content-type") ?? "";
  let body: Record<string, unknown>;
  let raw: Uint8Array | undefined;
  if (route.multipart) {
    if (!contentType.startsWith("multipart/form-data")) {
      throw new GatewayError(
        "unsupported_media_type",
        `${path} takes multipart/form-data, not "${contentType || "no content type"}".`,
      );
    }
    body = await multipartBody(call, limits.maxBodyBytes);
  } else {
    // Lenient on purpose: `curl -d` and fetch with a string body send form or text content
    // types. Any body is read as JSON; only a real multipart upload is clearly the wrong shape.
    if (contentType.startsWith("multipart/")) {
      throw new GatewayError(
        "unsupported_media_type",
        `${path} takes a JSON body, not "${contentType.split(";")[0]}".`,
      );
    }
    raw = await call.body(limits.maxBodyBytes);
    // Measured before parsing: nothing that walks the body recursively may see it too deep.
    const tooDeep = findTooDeep(raw);
    if (tooDeep) throw tooDeepError(tooDeep);
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(raw));
    } catch (error) {
      throw new GatewayError(
        "invalid_json",
        `We could not parse the JSON body of your request: ${(error as Error).message}`,
      );
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new GatewayError("invalid_request", "The request body must be a JSON object.");
    }
    body = parsed as Record<string, unknown>;
  }
  const validate = validators[route.endpoint];
  if (!validate(body)) throw schemaError(validate, body);
  return {
    endpoint: route.endpoint,
    method: call.method,
    path,
    headers: call.headers,
    body,
    model: typeof body.model === "string" ? body.model : undefined,
    stream: route.streams !== false && body.stream === true,
    metadata: metadataFrom(call.headers, limits.metadataHeader),
    raw,
  } as unknown as GatewayRequest;
}
