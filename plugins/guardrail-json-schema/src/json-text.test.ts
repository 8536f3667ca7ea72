import { describe, expect, it } from "vitest";
import { parseJson, stripFence } from "./json-text.js";

describe("stripFence", () => {
  it("unwraps one fence around the whole text, with or without a language", () => {
    expect(stripFence('```json\n{"a":1}\n```')).toBe('{"a":1}\n');
    expect(stripFence("  ```\n[1]\n```  \n")).toBe("[1]\n");
    expect(stripFence("```JSON\n1\n```")).toBe("1\n");
  });

  it("leaves anything else alone", () => {
    for (const text of [
      '{"a":1}',
      '```json {"a":1}```',
      "text ```json\n1\n```",
      "```json\n1\n",
      "```json but more\n1\n```",
    ])
      expect(stripFence(text)).toBe(text);
  });
});

describe("parseJson", () => {
  it("parses, or says why not without quoting the text", () => {
    expect(parseJson('{"a":[1,null]}')).toEqual({ ok: true, value: { a: [1, null] } });
    const bad = parseJson("private words here");
    expect(bad.ok).toBe(false);
    expect(bad.ok ? "" : bad.message).not.toContain("private");
  });
});
