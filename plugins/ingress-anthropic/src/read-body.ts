/**
 * Reads the JSON body of a native request within a size limit (the engine enforces its limit
 * only on its own OpenAI routes). Too large is `payload_too_large` (Anthropic's 413
 * `request_too_large`), unparsable is `invalid_json` (400 `invalid_request_error`).
 */
import { GatewayError } from "@aigw/plugin-api";

const decoder = new TextDecoder();

function tooLarge(limit: number): GatewayError {
  return new GatewayError("payload_too_large", `Request exceeds the maximum size of ${limit} bytes.`);
}

export async function readJson(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) throw tooLarge(limit);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit) throw tooLarge(limit);
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch (error) {
    throw new GatewayError("invalid_json", `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
