// Replays the ConverseStream fixtures (events as AWS documents them; see each file's `_source`)
// through the real engine: framed one event per write, then split at arbitrary byte boundaries
// (fast-check), always assembling to the same OpenAI stream.
import { byteParts, bytes, concatBytes, forAnySplit } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
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
    const body = concatBytes(frames(fixture));
    await forAnySplit(body, { maxCuts: 16, numRuns: 30 }, async (parts) => {
      const { out } = await replay(gw, fixture, parts);
      check(fixture, out);
    });
  }, 60_000);

  it("byte by byte", async () => {
    h = await harness(bytes(200, EVENTSTREAM_CONTENT_TYPE, [new Uint8Array()]));
    const body = concatBytes(frames(fixture));
    const { out } = await replay(h, fixture, byteParts(body));
    check(fixture, out);
  }, 60_000);
});
