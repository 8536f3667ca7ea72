// Error mapping through the real engine: Bedrock's HTTP errors by x-amzn-errortype (overload and
// model-not-ready as 503, model timeout 504, throttling 429...), exceptions inside a
// ConverseStream, corrupt frames, cut streams, unreachable and slow upstreams.
import { bytes, collectSse, delay, json, reset, text } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { errorFromBedrock, errorFromStreamException } from "./errors.js";
import {
  concatFrames,
  EVENTSTREAM_CONTENT_TYPE,
  encodeMessage,
  eventFrame,
  exceptionFrame,
} from "./testing/eventstream-encoder.js";
import { chatBody, converseStream, type Harness, harness, textEvents } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const awsError = (status: number, type: string, message: string, headers: Record<string, string> = {}) =>
  json(
    status,
    { message },
    { "x-amzn-errortype": `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`, ...headers },
  );

describe("HTTP errors", () => {
  it.each([
    // [AWS type, AWS status, our status, our code]
    ["ThrottlingException", 429, 429, "rate_limited"],
    ["ServiceQuotaExceededException", 400, 429, "rate_limited"],
    ["ServiceUnavailableException", 503, 503, "upstream_unavailable"],
    ["ModelNotReadyException", 429, 503, "upstream_unavailable"],
    ["ModelTimeoutException", 408, 504, "upstream_timeout"],
    ["ModelErrorException", 424, 502, "upstream_error"],
    ["InternalServerException", 500, 500, "upstream_error"],
    ["ValidationException", 400, 400, "invalid_request"],
    ["AccessDeniedException", 403, 403, "forbidden"],
    ["ResourceNotFoundException", 404, 404, "not_found"],
    ["UnrecognizedClientException", 403, 403, "forbidden"],
  ])("%s (AWS %i) -> %i %s", async (type, status, expected, code) => {
    h = await harness(awsError(status, type, `details of ${type}`, { "retry-after": "3" }));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(expected);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ code, message: `${type}: details of ${type}` });
    expect(res.headers.get("retry-after")).toBe("3");
  });

  it("reads the type from a body __type when the header is absent, and copes with non-JSON bodies", () => {
    const e = errorFromBedrock(400, '{"__type":"com.amazon.bedrock#ValidationException","Message":"bad"}');
    expect(e).toMatchObject({ status: 400, code: "invalid_request", message: "ValidationException: bad" });
    const html = errorFromBedrock(502, "<html>Bad Gateway</html>");
    expect(html).toMatchObject({ status: 502, code: "upstream_error", message: "<html>Bad Gateway</html>" });
  });

  it("never leaks credentials in messages", async () => {
    h = await harness(
      awsError(403, "InvalidSignatureException", "The request signature we calculated does not match"),
    );
    const res = await h.post("/v1/chat/completions", chatBody());
    const raw = await res.text();
    expect(raw).not.toContain("wJalrXUtnFEMI");
    expect(raw).not.toContain("AKIDEXAMPLE");
  });

  it("connection refused -> 503 upstream_unavailable", async () => {
    h = await harness(reset());
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("upstream_unavailable");
  });

  it("headers later than timeoutMs -> 504 upstream_timeout", async () => {
    h = await harness(delay(2_000, json(200, {})), { config: { timeoutMs: 100 } });
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("upstream_timeout");
  });

  it("a 200 that is not JSON is an upstream error", async () => {
    h = await harness(text(200, "<html>proxy</html>", "text/html"));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(502);
  });

  it("a stream request answered without an event stream is an upstream error", async () => {
    h = await harness(json(200, { output: {} }));
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /instead of an event stream/,
    );
  });
});

describe("errors inside ConverseStream", () => {
  const start = eventFrame("messageStart", { role: "assistant" });
  const delta = eventFrame("contentBlockDelta", { delta: { text: "partial" }, contentBlockIndex: 0 });

  it.each([
    ["throttlingException", "rate_limited"],
    ["serviceUnavailableException", "upstream_unavailable"],
    ["modelStreamErrorException", "upstream_error"],
    ["validationException", "invalid_request"],
    ["internalServerException", "upstream_error"],
  ])("%s after some text -> the text, then an error event (%s), no [DONE]", async (type, code) => {
    h = await harness(
      bytes(200, EVENTSTREAM_CONTENT_TYPE, [concatFrames([start, delta, exceptionFrame(type, "it broke")])]),
    );
    const finished = h.nextFinished();
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(events).not.toContain("[DONE]");
    expect(JSON.parse(events[1]!).choices[0].delta.content).toBe("partial");
    const error = JSON.parse(events.at(-1)!) as { error: { code: string; message: string } };
    expect(error.error.code).toBe(code);
    expect(error.error.message).toContain("it broke");
    expect((await finished).outcome).toBe("stream_error");
  });

  it("maps exception names to statuses", () => {
    expect(errorFromStreamException("throttlingException", '{"message":"slow down"}')).toMatchObject({
      status: 429,
      message: "AWS Bedrock stream failed: ThrottlingException: slow down",
    });
    expect(errorFromStreamException("modelStreamErrorException", "{}").status).toBe(502);
  });

  it("an unmodeled error message (:message-type error) is an error answer before any text, an error event after", async () => {
    const err = encodeMessage(
      { ":message-type": "error", ":error-code": "InternalFailure", ":error-message": "oops" },
      "",
    );
    h = await harness(bytes(200, EVENTSTREAM_CONTENT_TYPE, [concatFrames([start, err])]));
    const early = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(early.status).toBe(502);
    expect((await early.json()).error.message).toContain("InternalFailure: oops");
    h.upstream.setScript(bytes(200, EVENTSTREAM_CONTENT_TYPE, [concatFrames([start, delta, err])]));
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(JSON.parse(events.at(-1)!).error.message).toContain("InternalFailure: oops");
  });

  it("a frame with a bad CRC is an error, not skipped: an error answer before any text, an error event after", async () => {
    const bad = delta.slice();
    bad[bad.length - 6]! ^= 0xff;
    h = await harness(bytes(200, EVENTSTREAM_CONTENT_TYPE, [concatFrames([start, bad])]));
    const early = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(early.status).toBe(502);
    expect((await early.json()).error).toMatchObject({
      code: "upstream_error",
      message: expect.stringMatching(/CRC/),
    });
    // The text in a write of its own: a frame is decoded with the rest of its network read.
    h.upstream.setScript(
      bytes(200, EVENTSTREAM_CONTENT_TYPE, [concatFrames([start, delta]), bad], { delayMs: 5 }),
    );
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(events).not.toContain("[DONE]");
    const error = JSON.parse(events.at(-1)!) as { error: { code: string; message: string } };
    expect(error.error).toMatchObject({ code: "upstream_error", message: expect.stringMatching(/CRC/) });
  });

  it("a stream that ends after messageStop but before metadata is cut", async () => {
    const events = textEvents(["a", "b"]).slice(0, -1);
    h = await harness(converseStream(events));
    const out = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out).not.toContain("[DONE]");
    expect(JSON.parse(out.at(-1)!).error.message).toMatch(/cut off/);
  });

  it("a connection dropped inside a frame is cut: an error answer before any text, an error event after", async () => {
    const early = concatFrames([start, delta]);
    h = await harness(
      bytes(200, EVENTSTREAM_CONTENT_TYPE, [early.slice(0, early.length - 3)], { cut: true }),
    );
    const answer = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(answer.status).toBe(502);
    expect((await answer.json()).error.code).toBe("upstream_error");
    const body = concatFrames([start, delta, delta]);
    h.upstream.setScript(
      bytes(200, EVENTSTREAM_CONTENT_TYPE, [body.slice(0, body.length - 3)], { cut: true }),
    );
    const out = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out).not.toContain("[DONE]");
    expect(JSON.parse(out.at(-1)!).error.code).toBe("upstream_error");
  });

  it("an error status on ConverseStream is mapped before any chunk (503 for overload)", async () => {
    h = await harness(awsError(503, "ServiceUnavailableException", "Bedrock is overloaded"));
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(res.status).toBe(503);
  });
});
