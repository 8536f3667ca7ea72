// A text that is not JSON gets a reason from a fixed set, never a piece of the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "./json-text.js";
import { COMPLAINTS, parseComplaint } from "./parse-complaint.js";

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const FIXED = new RegExp(`^(${COMPLAINTS.map(literal).join("|")})( at position (\\d+))?$`);

/** Why `text` is not JSON, as a reason carries it. */
function complaintOf(text: string): string {
  const parsed = parseJson(text);
  if (parsed.ok) throw new Error(`${JSON.stringify(text)} is JSON`);
  return parsed.message;
}

describe("parseJson's complaint", () => {
  it("names what is wrong and where, without the text", () => {
    expect(complaintOf("not json")).toBe("Unexpected token");
    expect(complaintOf("o")).toBe("Unexpected token");
    expect(complaintOf('{"secret": undefined}')).toBe("Unexpected token");
    expect(complaintOf('["ok", oops]')).toBe("Unexpected token");
    expect(complaintOf("")).toBe("Unexpected end of JSON input");
    expect(complaintOf('{"a":1,}')).toBe("Expected double-quoted property name at position 7");
    expect(complaintOf('{"a":1} trailing')).toBe(
      "Unexpected non-whitespace character after JSON at position 8",
    );
    expect(complaintOf('"unterminated')).toBe("Unterminated string at position 13");
  });

  it("reads every form of V8's messages, and gives nothing of another parser's", () => {
    expect(parseComplaint("Unexpected token o in JSON at position 1")).toBe("Unexpected token at position 1");
    expect(parseComplaint("Unexpected number in JSON at position 1 (line 1 column 2)")).toBe(
      "Unexpected number at position 1",
    );
    expect(parseComplaint("Unexpected token 'x', \"x in JSON at position 9\" is not valid JSON")).toBe(
      "Unexpected token",
    );
    expect(parseComplaint('JSON Parse error: Unexpected identifier "secret"')).toBe("Unexpected input");
    expect(parseComplaint('Something "secret" in JSON at position 3')).toBe("Unexpected input at position 3");
  });

  const jsonish = fc.string({
    unit: fc.constantFrom(..."{}[]\":,.-+eE0123456789tfnrul\\ \n\tax'/é😀\u0001"),
    maxLength: 30,
  });
  const broken = fc.oneof(
    jsonish,
    fc.string(),
    // Valid JSON cut short, or with one character put in.
    fc.json().chain((json) => fc.nat(json.length).map((n) => json.slice(0, n))),
    fc
      .tuple(fc.json(), fc.nat(), fc.string({ minLength: 1, maxLength: 3 }))
      .map(
        ([json, at, extra]) =>
          json.slice(0, at % (json.length + 1)) + extra + json.slice(at % (json.length + 1)),
      ),
  );

  it("is one of a fixed set of complaints, with a position inside the text, for any text that is not JSON", () => {
    fc.assert(
      fc.property(broken, (text) => {
        try {
          JSON.parse(text);
          return;
        } catch {
          // not JSON: the case at hand
        }
        const complaint = complaintOf(text);
        const match = FIXED.exec(complaint);
        expect(match, complaint).not.toBeNull();
        // Node's parser is V8, whose every message is recognised: the catch-all is for other parsers.
        expect(complaint, JSON.stringify(text)).not.toMatch(/^Unexpected input/);
        if (match?.[3] !== undefined) expect(Number(match[3])).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
