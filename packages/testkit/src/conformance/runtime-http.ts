/**
 * Raw HTTP/1.1 for the runtime suite, each request on its own connection (node:http, no agent),
 * so a test decides when a client goes away and can tell a refused connection from an answer.
 */
import { type ClientRequest, type IncomingMessage, request } from "node:http";

export interface RawExchange {
  req: ClientRequest;
  response: Promise<IncomingMessage>;
}

/** Sends `body` (each part written separately, so without a content-length it goes chunked). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | string[] } = {},
): RawExchange {
  const req = request(url, { method: options.method ?? "GET", headers: options.headers ?? {}, agent: false });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    req.on("response", resolve);
    req.on("error", reject);
  });
  const parts = options.body === undefined ? [] : Array.isArray(options.body) ? options.body : [options.body];
  for (const part of parts) req.write(part);
  req.end();
  return { req, response };
}

/** A streamed chat request, JSON-encoded. */
export function openStream(url: string, body: object): RawExchange {
  return rawRequest(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

export async function readText(res: IncomingMessage): Promise<string> {
  let text = "";
  res.setEncoding("utf8");
  for await (const part of res) text += part;
  return text;
}

/** Whether a new connection is accepted (and answers /health). */
export async function accepts(url: string): Promise<boolean> {
  try {
    const res = await rawRequest(`${url}/health`).response;
    res.resume();
    return true;
  } catch {
    return false;
  }
}
