// The event-stream decoder against AWS's own test vectors (verbatim bytes, see the fixture's
// note), its incremental behaviour (bytes split anywhere, checked with fast-check), and the
// test encoder round-tripping through it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import vectors from "./__fixtures__/aws-eventstream-vectors.json" with { type: "json" };
import { crc32 } from "./crc32.js";
import { decodeMessage, EventStreamDecoder, EventStreamError, eventStreamMessages } from "./eventstream.js";
import { concatFrames, encodeMessage, eventFrame } from "./testing/eventstream-encoder.js";

const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("AWS event-stream test vectors", () => {
  it("decodes all_headers: every header type", () => {
    const m = decodeMessage(fromHex(vectors.positive.all_headers));
    expect(m.headers).toEqual({
      "event-type": 40972,
      "content-type": "application/json",
      "bool false": false,
      "bool true": true,
      byte: -49,
      "byte buf": new TextEncoder().encode("I'm a little teapot!"),
      timestamp: new Date(8675309),
      int16: 42,
      int64: 42424242n,
      uuid: "01020304-0506-0708-090a-0b0c0d0e0f10",
    });
    expect(text(m.payload)).toBe("{'foo':'bar'}");
  });

  it.each([
    ["empty_message", {}, ""],
    ["int32_header", { "event-type": 40972 }, "{'foo':'bar'}"],
    ["payload_no_headers", {}, "{'foo':'bar'}"],
    ["payload_one_str_header", { "content-type": "application/json" }, "{'foo':'bar'}"],
  ] as const)("decodes %s", (name, headers, payload) => {
    const m = decodeMessage(fromHex(vectors.positive[name]));
    expect(m.headers).toEqual(headers);
    expect(text(m.payload)).toBe(payload);
  });

  it.each(Object.keys(vectors.negative) as (keyof typeof vectors.negative)[])("rejects %s", (name) => {
    const bytes = fromHex(vectors.negative[name]);
    expect(() => decodeMessage(bytes)).toThrow(EventStreamError);
    // Incrementally too: a corrupt stream is an error, never a silently skipped message.
    expect(() => {
      const decoder = new EventStreamDecoder();
      decoder.push(bytes);
      if (decoder.pending > 0) throw new EventStreamError("left over");
    }).toThrow(EventStreamError);
  });

  it("computes the GZIP CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("incremental decoding", () => {
  const frames = [
    eventFrame("messageStart", { role: "assistant" }),
    eventFrame("contentBlockDelta", { delta: { text: "é🦊 split UTF-8" }, contentBlockIndex: 0 }),
    fromHex(vectors.positive.all_headers),
    eventFrame("messageStop", { stopReason: "end_turn" }),
  ];
  const body = concatFrames(frames);

  it("gives the same messages however the bytes are split", () => {
    const whole = new EventStreamDecoder().push(body);
    expect(whole).toHaveLength(4);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: body.length - 1 }), { maxLength: 20 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const decoder = new EventStreamDecoder();
        const got = [];
        let last = 0;
        for (const p of [...points, body.length]) {
          got.push(...decoder.push(body.slice(last, p)));
          last = p;
        }
        expect(decoder.pending).toBe(0);
        expect(got).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it("decodes byte by byte", () => {
    const decoder = new EventStreamDecoder();
    const got = [];
    for (const b of body) got.push(...decoder.push(Uint8Array.of(b)));
    expect(got.map((m) => m.headers[":event-type"] ?? m.headers["event-type"])).toEqual([
      "messageStart",
      "contentBlockDelta",
      40972,
      "messageStop",
    ]);
  });

  it("fails on a flipped payload byte (message CRC) and on a flipped length byte (prelude CRC) at once", () => {
    const frame = eventFrame("contentBlockDelta", { delta: { text: "hello" }, contentBlockIndex: 0 });
    const badPayload = frame.slice();
    badPayload[frame.length - 8]! ^= 0x01;
    expect(() => new EventStreamDecoder().push(badPayload)).toThrow(/message CRC/);
    const badLength = frame.slice();
    badLength[3]! ^= 0x40;
    // Only the prelude has arrived: the corrupt length is caught before waiting for more bytes.
    expect(() => new EventStreamDecoder().push(badLength.slice(0, 12))).toThrow(/prelude CRC/);
  });

  it("throws when the body ends inside a message", async () => {
    async function* cut() {
      yield body.slice(0, body.length - 5);
    }
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const m of eventStreamMessages(cut())) seen.push(String(m.headers[":event-type"]));
      })(),
    ).rejects.toThrow(/ended inside a message/);
    expect(seen).toEqual(["messageStart", "contentBlockDelta", "undefined"]);
  });

  it("round-trips the test encoder, headers and binary payloads included", () => {
    const payload = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    const m = decodeMessage(encodeMessage({ ":message-type": "event", "x-ünïcode": "vàlue" }, payload));
    expect(m.headers).toEqual({ ":message-type": "event", "x-ünïcode": "vàlue" });
    expect(m.payload).toEqual(payload);
  });
});
