// Replays the ConverseStream fixtures (events as AWS documents them; see each file's `_source`)
// through the real engine: framed one event per write, then split at arbitrary byte boundaries
// (fast-check), always assembling to the same OpenAI stream.
import { bytes } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import textFixture from "./__fixtures__/converse-stream-text.json" with { type: "json" };
import toolFixture from "./__fixtures__/converse-stream-tool-use.json" with { type: "json" };
import { EVENTSTREAM_CONTENT_TYPE, eventFrame } from "./testing/eventstream-encoder.js";
import { type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

interface Fixture {
  request: Record<string, unknown>;
  events: Record<string, unknown>[];
  expected: {
    content: string;
    toolCalls: { id: string; name: string; arguments: Record<string, unknown> }[];
    finishReason: string;
    usage: Record<string, unknown>;
  };
}

const frames = (f: Fixture) =>
  f.events.map((e) => eventFrame(...(Object.entries(e)[0] as [string, unknown])));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function splitAt(body: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % body.length))].filter((c) => c > 0).sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let last = 0;
  for (const p of points) {
    parts.push(body.slice(last, p));
    last = p;
  }
  parts.push(body.slice(last));
  return parts;
}

async function replay(gw: Harness, fixture: Fixture, parts: Uint8Array[]) {
  gw.upstream.setScript(bytes(200, EVENTSTREAM_CONTENT_TYPE, parts, { delayMs: 1 }));
  const finished = gw.nextFinished();
  const response = await gw.post("/v1/chat/completions", {
    ...fixture.request,
    stream: true,
    stream_options: { include_usage: true },
  });
  expect(response.status).toBe(200);
  const out = await assembleStream(response);
  const record = await finished;
  return { out, record };
}

function check(fixture: Fixture, out: Awaited<ReturnType<typeof assembleStream>>) {
  expect(out.error).toBeUndefined();
  expect(out.done).toBe(true);
  expect(out.role).toBe("assistant");
  expect(out.content).toBe(fixture.expected.content);
  expect(out.toolCalls.map((c) => ({ id: c.id, name: c.name, arguments: JSON.parse(c.arguments) }))).toEqual(
    fixture.expected.toolCalls,
  );
  expect(out.finishReason).toBe(fixture.expected.finishReason);
  expect(out.usage).toEqual(fixture.expected.usage);
}

describe.each([
  ["text (end_turn, cached tokens, multi-byte text)", textFixture as Fixture],
  ["tool use (text then toolUse block, tool_use stop)", toolFixture as Fixture],
])("fixture replay: %s", (_name, fixture) => {
  it("one event per write", async () => {
    h = await harness(bytes(200, EVENTSTREAM_CONTENT_TYPE, [new Uint8Array()]));
    const { out, record } = await replay(h, fixture, frames(fixture));
    check(fixture, out);
    expect(record.annotations.usage).toEqual(fixture.expected.usage);
    // The request went to ConverseStream for the fixture's model.
    expect(h.upstream.requests[0]!.path).toBe(
      `/model/${encodeURIComponent(fixture.request.model as string)}/converse-stream`,
    );
  });

  it("split at arbitrary byte boundaries", async () => {
    h = await harness(bytes(200, EVENTSTREAM_CONTENT_TYPE, [new Uint8Array()]));
    const gw = h;
    const body = concat(frames(fixture));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 16 }), async (cuts) => {
        const { out } = await replay(gw, fixture, splitAt(body, cuts));
        check(fixture, out);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it("byte by byte", async () => {
    h = await harness(bytes(200, EVENTSTREAM_CONTENT_TYPE, [new Uint8Array()]));
    const body = concat(frames(fixture));
    const { out } = await replay(
      h,
      fixture,
      splitAt(
        body,
        Array.from({ length: body.length }, (_, i) => i),
      ),
    );
    check(fixture, out);
  }, 60_000);
});
