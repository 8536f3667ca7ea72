/**
 * OpenAI embeddings request -> Mistral's (`POST /embeddings`, answered in OpenAI's shape).
 * `dimensions` becomes `output_dimension`, `user` is dropped (Mistral rejects unknown fields),
 * `encoding_format` (float or base64) passes. Mistral embeds text only: token-id input is a 400.
 * When nothing had to change, the client's exact bytes are forwarded.
 */
import { GatewayError, type GatewayRequestOf } from "@aigw/plugin-api";
import { LABEL } from "./upstream.js";

export function embeddingsRequest(
  request: GatewayRequestOf<"embeddings">,
  model: string | undefined,
): string | Uint8Array {
  const source = request.body as unknown as Record<string, unknown>;
  const input = source.input;
  const texts =
    typeof input === "string" || (Array.isArray(input) && input.every((i) => typeof i === "string"));
  if (!texts) {
    throw new GatewayError(
      "invalid_request",
      `${LABEL} embeds text only: input must be a string or strings.`,
      {
        param: "input",
      },
    );
  }
  const body: Record<string, unknown> = { ...source };
  let changed = false;
  if (model !== undefined && model !== source.model) {
    body.model = model;
    changed = true;
  }
  if ("user" in body) {
    delete body.user;
    changed = true;
  }
  if (body.dimensions !== undefined) {
    body.output_dimension = body.dimensions;
    delete body.dimensions;
    changed = true;
  }
  return !changed && request.raw ? request.raw : JSON.stringify(body);
}
