/**
 * What is sent upstream for each endpoint in the OpenAI wire format: the path under the base
 * URL, and the body. JSON bodies go out as the client's exact bytes whenever nothing changed
 * them (no re-serialising on the hot path); otherwise the parsed body is serialised with every
 * field, known or not. Transcriptions are rebuilt as multipart form data around the upload.
 */
import type { Endpoint, GatewayRequest } from "@aigw/plugin-api";

/** Each endpoint's path under an OpenAI-style base URL (`.../v1`). */
export const ENDPOINT_PATHS: Readonly<Record<Endpoint, string>> = {
  "chat.completions": "/chat/completions",
  completions: "/completions",
  embeddings: "/embeddings",
  "images.generations": "/images/generations",
  "audio.speech": "/audio/speech",
  "audio.transcriptions": "/audio/transcriptions",
  moderations: "/moderations",
};

export interface OutgoingBody {
  body: string | Uint8Array | FormData;
  /** True when the body sets its own content type (multipart with its boundary). */
  multipart: boolean;
}

/**
 * The body to send. `forcedModel` replaces the client's model; only then, or when a plugin
 * changed the body (`raw` is gone), is JSON serialised again.
 */
export function outgoingBody(request: GatewayRequest, forcedModel: string | undefined): OutgoingBody {
  const override = forcedModel !== undefined && forcedModel !== request.model ? forcedModel : undefined;
  if (request.endpoint === "audio.transcriptions") {
    return {
      body: formDataOf(request.body as unknown as Record<string, unknown>, override),
      multipart: true,
    };
  }
  if (!override && request.raw) return { body: request.raw, multipart: false };
  const body = override ? { ...request.body, model: override } : request.body;
  return { body: JSON.stringify(body), multipart: false };
}

/** Rebuilds multipart fields the way the OpenAI wire takes them: files with a name, arrays as `name[]`. */
function formDataOf(fields: Record<string, unknown>, model: string | undefined): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null || (name === "model" && model)) continue;
    if (Array.isArray(value)) for (const item of value) appendField(form, `${name}[]`, item);
    else appendField(form, name, value);
  }
  if (model) form.append("model", model);
  return form;
}

function appendField(form: FormData, name: string, value: unknown): void {
  if (value instanceof Blob) form.append(name, value, fileNameOf(value));
  else if (typeof value === "object" && value !== null) form.append(name, JSON.stringify(value));
  else form.append(name, String(value));
}

/** The audio format is inferred from the file name's extension, so a bare Blob needs one. */
function fileNameOf(blob: Blob): string {
  if (typeof File !== "undefined" && blob instanceof File && blob.name) return blob.name;
  const subtype = blob.type.split("/")[1]?.split(";")[0]?.replace(/^x-/, "");
  const extension = subtype === "mpeg" ? "mp3" : subtype;
  return extension ? `audio.${extension}` : "audio";
}
