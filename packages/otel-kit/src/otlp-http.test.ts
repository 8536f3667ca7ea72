// One OTLP/HTTP export against a real server on loopback: what was sent, and each kind of answer
// (taken, partly rejected, refused, no answer, a timeout, a body broken off, an oversized body);
// and the readings of Retry-After and partialSuccess on their own.
import { fetchHttpClient } from "@aigw/engine";
import { type FakeUpstream, json, reset, stall, startFakeUpstream, text } from "@aigw/testkit";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  isRetryableStatus,
  isSuccess,
  MAX_ANSWER_BYTES,
  partialSuccess,
  postExport,
  retryAfterMs,
} from "./otlp-http.js";

const http = fetchHttpClient();
const headers = { "content-type": "application/json", authorization: "Bearer t" };
let upstream: FakeUpstream | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

async function post(reply: Parameters<typeof startFakeUpstream>[0], timeoutMs = 5_000) {
  upstream = await startFakeUpstream(reply);
  return postExport(http, `${upstream.url}/v1/traces`, headers, '{"resourceSpans":[]}', timeoutMs);
}

describe("postExport", () => {
  it("POSTs the body with the headers and reads the answer", async () => {
    const answer = await post(json(200, { partialSuccess: {} }));
    expect(answer).toEqual({
      kind: "answered",
      status: 200,
      retryAfter: undefined,
      text: '{"partialSuccess":{}}',
    });
    const request = upstream!.requests[0]!;
    expect([request.method, request.path, request.text()]).toEqual([
      "POST",
      "/v1/traces",
      '{"resourceSpans":[]}',
    ]);
    expect(request.headers).toMatchObject(headers);
  });

  it("gives a refusal's status, body and Retry-After", async () => {
    const answer = await post(json(503, { message: "busy" }, { "retry-after": "3" }));
    expect(answer).toEqual({ kind: "answered", status: 503, retryAfter: "3", text: '{"message":"busy"}' });
  });

  it("says when no answer came, and when that was the time limit", async () => {
    const refused = await post(reset());
    expect(refused).toMatchObject({ kind: "unanswered", timedOut: false });
    expect((refused as { error: string }).error).not.toBe("");
    expect(await post(stall(), 200)).toMatchObject({ kind: "unanswered", timedOut: true });
  });

  it("says when the body broke off after the status", async () => {
    expect(await post(reset({ afterHeaders: true, status: 200 }))).toMatchObject({
      kind: "cut-off",
      status: 200,
    });
  });

  it("reads no more than MAX_ANSWER_BYTES of an answer", async () => {
    const answer = await post(text(500, "x".repeat(4 * MAX_ANSWER_BYTES)));
    expect(answer.kind).toBe("answered");
    expect((answer as { text: string }).text.length).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
  });
});

describe("the readings of an answer", () => {
  it("classes statuses as the OTLP spec does", () => {
    expect([200, 204, 299].every(isSuccess)).toBe(true);
    expect([199, 300, 429, 500].some(isSuccess)).toBe(false);
    expect([429, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 404, 413, 500, 501].some(isRetryableStatus)).toBe(false);
  });

  it("reads Retry-After as seconds or as a date", () => {
    const now = Date.UTC(2030, 0, 1);
    expect(retryAfterMs(" 7 ", now)).toBe(7_000);
    expect(retryAfterMs(new Date(now + 5_000).toUTCString(), now)).toBe(5_000);
    expect(retryAfterMs(new Date(now - 5_000).toUTCString(), now)).toBe(0);
    for (const unreadable of [undefined, "", "soon"]) expect(retryAfterMs(unreadable, now)).toBeUndefined();
  });

  it("reads the rejected count and message of a partial success, 0 for anything unreadable", () => {
    expect(
      partialSuccess('{"partialSuccess":{"rejectedSpans":"2","errorMessage":"too old"}}', "rejectedSpans"),
    ).toEqual({ rejected: 2, message: "too old" });
    expect(partialSuccess('{"partialSuccess":{"rejectedLogRecords":3}}', "rejectedLogRecords")).toEqual({
      rejected: 3,
      message: undefined,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (body) => {
        const { rejected } = partialSuccess(body, "rejectedSpans");
        expect(Number.isFinite(rejected) && rejected >= 0).toBe(true);
      }),
    );
    for (const body of [
      "",
      "not json",
      "[]",
      "null",
      '{"partialSuccess":[]}',
      '{"partialSuccess":{"rejectedSpans":-1}}',
    ])
      expect(partialSuccess(body, "rejectedSpans").rejected).toBe(0);
  });
});
