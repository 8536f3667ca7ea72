import type { GatewayRequest } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyReplacements, replaceTexts, topLevelPatch } from "./replace-texts.js";
import { requestTexts } from "./text-parts.js";

describe("replaceTexts", () => {
  test("replaces inside content arrays and leaves images and siblings as they were", () => {
    const image = { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } };
    const body = {
      model: "m",
      messages: [
        { role: "system", content: "sys" },
        { role: "user", content: [{ type: "text", text: "mail me at a@b.c please" }, image] },
      ],
    };
    const parts = requestTexts({ endpoint: "chat.completions", body } as unknown as GatewayRequest);
    const out = replaceTexts(body, parts, [{ part: 1, start: 11, end: 16, text: "[EMAIL]" }]);
    expect(out.messages[1]).toEqual({
      role: "user",
      content: [{ type: "text", text: "mail me at [EMAIL] please" }, image],
    });
    // Unchanged branches are shared, not copied; the input is not modified.
    expect(out.messages[0]).toBe(body.messages[0]);
    expect((out.messages[1] as { content: unknown[] }).content[1]).toBe(image);
    expect(body.messages[1]!.content).toEqual([{ type: "text", text: "mail me at a@b.c please" }, image]);
    expect(topLevelPatch(body, out)).toEqual({ messages: out.messages });
  });

  test("no effective change gives back the same body", () => {
    const body = { prompt: "abc" };
    expect(
      replaceTexts(
        body,
        [{ text: "abc", role: "prompt", path: "/prompt" }],
        [{ part: 0, start: 0, end: 1, text: "a" }],
      ),
    ).toBe(body);
  });

  test("property: replacing non-overlapping spans equals a naive splice from the end", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 8 }), fc.string({ maxLength: 5 })), {
          maxLength: 6,
        }),
        (text, raw) => {
          // Build non-overlapping spans inside the text.
          const spans: { start: number; end: number; text: string }[] = [];
          for (const [s, len, t] of raw) {
            const start = Math.min(s, text.length);
            const end = Math.min(start + len, text.length);
            if (end > start && spans.every((o) => end <= o.start || start >= o.end))
              spans.push({ start, end, text: t });
          }
          let naive = text;
          for (const r of [...spans].sort((a, b) => b.start - a.start))
            naive = naive.slice(0, r.start) + r.text + naive.slice(r.end);
          expect(applyReplacements(text, spans)).toBe(naive);
        },
      ),
    );
  });

  test("copies each container once, however many of its parts change", () => {
    /** A message list that counts its copies (a copy made by slice is one too). */
    class Messages<T> extends Array<T> {
      static copies = 0;
      override slice(start?: number, end?: number): T[] {
        Messages.copies++;
        return super.slice(start, end);
      }
    }
    const n = 3_000;
    const messages = Messages.from({ length: n }, (_, i) => ({ role: "user", content: `message ${i}` }));
    const body = { model: "m", messages };
    const parts = requestTexts({ endpoint: "chat.completions", body } as unknown as GatewayRequest);
    const edits = parts.map((_, part) => ({ part, start: 0, end: 7, text: "note" }));
    Messages.copies = 0;
    const out = replaceTexts(body, parts, edits);
    expect(out.messages.map((m) => m.content)).toEqual(messages.map((_, i) => `note ${i}`));
    expect(messages[0]!.content).toBe("message 0");
    expect(Messages.copies).toBe(1);
  });
});
