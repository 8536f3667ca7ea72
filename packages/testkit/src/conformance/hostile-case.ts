/**
 * The hostile-request property as a case of the provider conformance suite: the provider's fake
 * upstream answers whatever reaches it in the provider's own wire format (a text answer, a text
 * stream, as many embeddings as the call carries texts, a moderation result per input), so any
 * 5xx comes from how the gateway or the provider treated the request, never from the fake.
 */
import type { RecordedRequest } from "../recorded.js";
import { bytes, json, type Reply } from "../replies.js";
import type { SuiteGateway } from "./gateway.js";
import { type HostileRequest, toFetchRequest } from "./hostile-requests.js";
import { assertHostileRequests } from "./hostile-suite.js";
import type { WireScript } from "./types.js";

/**
 * Requests per provider: enough to reach every endpoint's odd corners, quick on a busy machine.
 * `AIGW_HOSTILE_RUNS` raises it for a deeper search.
 */
export const HOSTILE_RUNS = Number(process.env.AIGW_HOSTILE_RUNS) || 500;

/**
 * How many texts an upstream embeddings call carries, read from the body in any of the formats
 * the fakes speak (OpenAI's `input`, Cohere's `texts`, Gemini's `requests`, Vertex's
 * `instances`, Titan's one `inputText`); providers may split a batch over several calls.
 */
function textsIn(upstream: RecordedRequest, fallback: number): number {
  let body: Record<string, unknown>;
  try {
    body = upstream.json();
  } catch {
    return fallback;
  }
  for (const key of ["texts", "requests", "instances"]) {
    const list = body[key];
    if (Array.isArray(list)) return list.length;
  }
  if (typeof body.inputText === "string") return 1;
  const input = body.input;
  if (Array.isArray(input)) return input.length > 0 && typeof input[0] === "number" ? 1 : input.length;
  return typeof input === "string" ? 1 : fallback;
}

function replyFor(wire: WireScript, request: HostileRequest | undefined, upstream: RecordedRequest): Reply {
  const usage = { input: 3, output: 2 };
  if (request?.endpoint === "embeddings" && wire.embeddings) {
    const count = textsIn(upstream, request.inputs);
    return wire.embeddings(
      Array.from({ length: count }, () => [0.25, -0.5, 0.75]),
      usage,
    );
  }
  if (request?.endpoint === "moderations" && wire.moderations) {
    const count = textsIn(upstream, 1);
    return wire.moderations(Array.from({ length: count }, () => ({ scores: { violence: 0.01 } })));
  }
  // The providers that transcribe or draw here speak OpenAI's formats for those answers (the
  // gateway checks an answer's shape, so a chat answer would be a 502 of the test's making).
  if (request?.endpoint === "audio.transcriptions") return json(200, { text: "Hello there" });
  if (request?.endpoint === "images.generations")
    return json(200, { created: 0, data: [{ b64_json: "aGk=" }] });
  if (request?.stream) {
    const stream = wire.streamText(["Hello", " there"], usage, "stop");
    return bytes(200, stream.contentType, [stream.body]);
  }
  return wire.text("Hello there", usage, "stop");
}

/** Runs the property against one provider behind the gateway started by `start`. */
export async function runHostileCase(
  wire: WireScript,
  model: string,
  start: (script: (upstream: RecordedRequest) => Reply) => Promise<SuiteGateway>,
): Promise<SuiteGateway> {
  let current: HostileRequest | undefined;
  const gateway = await start((upstream) => replyFor(wire, current, upstream));
  await assertHostileRequests(
    {
      model,
      send: (request) => {
        current = request;
        return gateway.gateway.fetch(toFetchRequest(request));
      },
    },
    HOSTILE_RUNS,
  );
  return gateway;
}
