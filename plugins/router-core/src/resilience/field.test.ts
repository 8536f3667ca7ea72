/** Sticky keys: read by field path, objects by their JSON text, nothing deep enough to overflow. */
import type { CallContext } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { fieldReader, MAX_KEY_DEPTH, nestsWithin } from "./field.js";

function ctxWith(body: Record<string, unknown>, metadata: Record<string, unknown> = {}): CallContext {
  return {
    request: { body, metadata, headers: new Headers({ "x-session": "s-1" }) },
    annotations: {},
  } as unknown as CallContext;
}

function nested(levels: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { k: value };
  return value;
}

describe("fieldReader", () => {
  test("reads strings, numbers and objects as text", () => {
    expect(fieldReader("body.user")(ctxWith({ user: "u-42" }))).toBe("u-42");
    expect(fieldReader("metadata.tier")(ctxWith({}, { tier: 3 }))).toBe("3");
    expect(fieldReader("body.user")(ctxWith({ user: { org: "a", id: [1, 2] } }))).toBe(
      '{"org":"a","id":[1,2]}',
    );
    expect(fieldReader("header.x-session")(ctxWith({}))).toBe("s-1");
  });

  test("absent, null and empty values give nothing to stick by", () => {
    expect(fieldReader("body.user")(ctxWith({}))).toBeUndefined();
    expect(fieldReader("body.user")(ctxWith({ user: null }))).toBeUndefined();
    expect(fieldReader("body.user")(ctxWith({ user: "" }))).toBeUndefined();
  });

  test("a value nested deeper than the limit is not stuck by, and never overflows the stack", () => {
    expect(fieldReader("body.user")(ctxWith({ user: nested(MAX_KEY_DEPTH) }))).toBeDefined();
    expect(fieldReader("body.user")(ctxWith({ user: nested(MAX_KEY_DEPTH + 1) }))).toBeUndefined();
    expect(fieldReader("body.user")(ctxWith({ user: nested(100_000) }))).toBeUndefined();
  });
});

describe("nestsWithin", () => {
  test("counts objects and arrays, not scalars", () => {
    expect(nestsWithin({ a: 1, b: "x" }, 1)).toBe(true);
    expect(nestsWithin({ a: [1] }, 1)).toBe(false);
    expect(nestsWithin({ a: [1], b: { c: [] } }, 3)).toBe(true);
  });
});
