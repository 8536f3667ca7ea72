// Sticky keys read a request through the condition language's field paths, as strings.
import { type CallContext, compileFieldPath, type GatewayRequest, type JsonValue } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldReader, firstFieldReader, MAX_KEY_DEPTH, nestsWithin } from "./field.js";

function ctx(body: Record<string, JsonValue>, principal?: { keyId: string }): CallContext {
  const request = {
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    headers: new Headers({ "X-Session": "s-1" }),
    body: { model: "m", messages: [], ...body },
    model: "m",
    stream: false,
    metadata: {},
    raw: undefined,
  } as unknown as GatewayRequest;
  return {
    request,
    annotations: { principal, route: [], guardrails: [], tags: {} },
  } as unknown as CallContext;
}

describe("sticky field readers", () => {
  it("read what the field path reads, as a string; absent, null and empty as nothing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const c = ctx({ user: value as JsonValue });
        const read = fieldReader("body.user")(c);
        const raw = compileFieldPath("body.user")(c);
        if (raw === undefined || raw === null || raw === "") expect(read).toBeUndefined();
        else expect(read).toBe(typeof raw === "object" ? JSON.stringify(raw) : String(raw));
      }),
    );
    expect(fieldReader("header.x-session")(ctx({}))).toBe("s-1");
  });

  it("take the first present of several paths", () => {
    const read = firstFieldReader(["body.user", "principal.keyId"]);
    expect(read(ctx({ user: "u" }, { keyId: "k" }))).toBe("u");
    expect(read(ctx({ user: "" }, { keyId: "k" }))).toBe("k");
    expect(read(ctx({}))).toBeUndefined();
  });

  it("refuse an unknown path at setup", () => {
    expect(() => fieldReader("nothing.here")).toThrow('unknown field "nothing.here"');
  });
});

function nested(levels: number): JsonValue {
  let value: JsonValue = "leaf";
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { k: value };
  return value;
}

describe("sticky keys from deep values", () => {
  it("a value nested deeper than the limit is not stuck by, and never overflows the stack", () => {
    expect(fieldReader("body.user")(ctx({ user: nested(MAX_KEY_DEPTH) }))).toBeDefined();
    expect(fieldReader("body.user")(ctx({ user: nested(MAX_KEY_DEPTH + 1) }))).toBeUndefined();
    expect(fieldReader("body.user")(ctx({ user: nested(100_000) }))).toBeUndefined();
  });

  it("nestsWithin counts objects and arrays, not scalars", () => {
    expect(nestsWithin({ a: 1, b: "x" }, 1)).toBe(true);
    expect(nestsWithin({ a: [1] }, 1)).toBe(false);
    expect(nestsWithin({ a: [1], b: { c: [] } }, 3)).toBe(true);
  });
});
