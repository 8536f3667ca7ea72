// Field paths: what each names, for any nesting of body, metadata and principal; conditions read the same.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCondition } from "./condition.js";
import { type ConditionSubject, compileFieldPath } from "./field-path.js";
import type { JsonValue } from "./openai/common.js";
import type { GatewayRequest } from "./request.js";

function subject(parts: {
  body?: Record<string, JsonValue>;
  metadata?: Record<string, JsonValue>;
  principal?: Record<string, JsonValue>;
  headers?: Record<string, string>;
}): ConditionSubject {
  const request = {
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    headers: new Headers(parts.headers),
    body: { model: "gpt-4o", messages: [], ...parts.body },
    model: "gpt-4o",
    stream: false,
    metadata: parts.metadata ?? {},
    raw: undefined,
  } as unknown as GatewayRequest;
  const principal = parts.principal ? { keyId: "k1", ...parts.principal } : undefined;
  return { request, annotations: { principal, route: [], guardrails: [], tags: {} } };
}

/** A key as config files write them: no dots (a dot separates keys). */
const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/).filter((k) => k !== "__proto__");
const keys = fc.array(key, { minLength: 1, maxLength: 4 });

/** `{a: {b: {c: value}}}` for keys [a, b, c]. */
function nest(path: readonly string[], value: JsonValue): Record<string, JsonValue> {
  return path.reduceRight<JsonValue>((inner, k) => ({ [k]: inner }), value) as Record<string, JsonValue>;
}

/** Any JSON value at any key path under body, metadata or principal, and the subject holding it. */
const placed = fc
  .tuple(fc.constantFrom("body", "metadata", "principal"), keys, fc.jsonValue())
  .map(([root, path, value]) => ({
    root,
    path,
    value,
    s: subject({ [root]: nest(path, value as JsonValue) }),
  }));

describe("field paths", () => {
  it("read the request's own attributes", () => {
    const s = subject({});
    expect(compileFieldPath("model")(s)).toBe("gpt-4o");
    expect(compileFieldPath("endpoint")(s)).toBe("chat.completions");
    expect(compileFieldPath("stream")(s)).toBe(false);
    expect(compileFieldPath("path")(s)).toBe("/v1/chat/completions");
    expect(compileFieldPath("method")(s)).toBe("POST");
  });

  it("read headers by name in any case, dots included", () => {
    const s = subject({ headers: { "X-Team": "red", "x.dotted": "yes" } });
    expect(compileFieldPath("header.x-team")(s)).toBe("red");
    expect(compileFieldPath("header.X-TEAM")(s)).toBe("red");
    expect(compileFieldPath("header.x.dotted")(s)).toBe("yes");
    expect(compileFieldPath("header.absent")(s)).toBeUndefined();
  });

  it("walk any nesting of body, metadata and principal", () => {
    fc.assert(
      fc.property(placed, ({ root, path, value, s }) => {
        const read = (p: readonly string[]) => compileFieldPath([root, ...p].join("."))(s);
        expect(read(path)).toEqual(value);
        // Past the value: undefined unless the value is an object holding that key.
        if (value === null || typeof value !== "object") expect(read([...path, "more"])).toBeUndefined();
        expect(read([...path.slice(0, -1), `${path.at(-1)}_absent`])).toBeUndefined();
      }),
    );
  });

  it("refuse a path that names nothing the request has", () => {
    for (const path of ["", "models", "headers.x", "annotations.tags", "bodyx.y"])
      expect(() => compileFieldPath(path)).toThrow(`unknown field "${path}"`);
  });

  it("mean the same in a condition", () => {
    fc.assert(
      fc.property(placed, keys, ({ root, s }, asked) => {
        const field = [root, ...asked].join(".");
        const read = compileFieldPath(field)(s);
        expect(compileCondition({ field, exists: true })(s)).toBe(read !== undefined);
        if (read !== undefined) expect(compileCondition({ field, eq: read as JsonValue })(s)).toBe(true);
      }),
    );
    expect(() => compileCondition({ field: "nope", eq: 1 }, "when")).toThrow(
      'when.field: unknown field "nope"',
    );
  });
});
