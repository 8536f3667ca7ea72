/**
 * Reads the JSON body of a Responses request within a size limit (413 `payload_too_large`);
 * unparsable is 400 `invalid_json`, as OpenAI answers a body it cannot parse.
 */
import { GatewayError } from "@aigw/plugin-api";

const decoder = new TextDecoder();

export async function readJson(request: Request, limit: number): Promise<unknown> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit)
    throw new GatewayError("payload_too_large", `Request exceeds the maximum size of ${limit} bytes.`);
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new GatewayError(
      "invalid_json",
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
    );
  }
}
