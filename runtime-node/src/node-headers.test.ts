// NodeHeaders must read and change like WHATWG Headers built from the same request headers.
import type { IncomingHttpHeaders } from "node:http";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NodeHeaders } from "./node-headers.js";

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const value = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,30}[\x21-\x7e])?$/);
const incoming = fc.dictionary(name, value, { maxKeys: 12 });

/** Node's parsed headers (lower-cased, one string per name) and the WHATWG Headers for them. */
function both(record: Record<string, string>): { node: NodeHeaders; web: Headers } {
  return { node: new NodeHeaders({ ...record } as IncomingHttpHeaders), web: new Headers(record) };
}

describe("NodeHeaders", () => {
  it("reads and iterates like Headers", () => {
    fc.assert(
      fc.property(incoming, name, (record, probe) => {
        const { node, web } = both(record);
        expect([...node]).toEqual([...web]);
        expect([...node.keys()]).toEqual([...web.keys()]);
        expect(node.get(probe)).toBe(web.get(probe));
        expect(node.get(probe.toUpperCase())).toBe(web.get(probe.toUpperCase()));
        expect(node.has(probe)).toBe(web.has(probe));
      }),
    );
  });

  it("changes like Headers, without touching the request's own headers", () => {
    fc.assert(
      fc.property(
        incoming,
        fc.array(fc.tuple(fc.constantFrom("set", "append", "delete"), name, value), { maxLength: 8 }),
        (record, edits) => {
          const original = { ...record } as IncomingHttpHeaders;
          const node = new NodeHeaders(original);
          const web = new Headers(record);
          for (const [op, key, v] of edits) {
            if (op === "delete") {
              node.delete(key);
              web.delete(key);
            } else {
              node[op](key, v);
              web[op](key, v);
            }
          }
          expect([...node]).toEqual([...web]);
          expect(original).toEqual(record);
        },
      ),
    );
  });

  it("joins repeated values as Node parsed them, and serves as a Headers init", () => {
    const node = new NodeHeaders({ accept: "a, b", "x-list": ["1", "2"] });
    expect(node.get("x-list")).toBe("1, 2");
    expect(new Headers(node).get("accept")).toBe("a, b");
    expect(node.getSetCookie()).toEqual([]);
  });
});
