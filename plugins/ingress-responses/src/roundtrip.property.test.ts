/**
 * Properties of the translation. Requests: any generated Responses input (messages of every
 * role with text, images and files; assistant text and refusals; function calls and outputs)
 * becomes a chat request from which the same items come back, nothing the target can carry lost
 * (reasoning items and ids, which chat cannot carry, are the only things dropped). Answers: any
 * chat answer becomes a Response with the same text, refusal, tool calls and usage, whether it
 * came whole or as chunks split anywhere; and the event stream, split at arbitrary byte
 * boundaries, parses to the same events with contiguous sequence numbers.
 */
import type {
  ChatCompletionChunk,
  ChatCompletionContentPart,
  ChatCompletionMessageParam,
} from "@aigw/plugin-api";
import { sseEvents } from "@aigw/wire-kit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { chunkOfCompletion } from "./completion-chunk.js";
import { parseRequest } from "./parse-request.js";
import { startingResponse } from "./response-object.js";
import { ResponseStreamEncoder } from "./stream-encoder.js";
import { chunk, completion, stream, testGateway } from "./testing/scripted.js";
import { toChat } from "./to-chat.js";
import type { InputItem } from "./wire.js";

const text = fc.string({ minLength: 1, maxLength: 12 });
const inputPart = fc.oneof(
  text.map((t) => ({ type: "input_text", text: t })),
  fc.webUrl().map((url) => ({ type: "input_image", image_url: url, detail: "auto" })),
  fc.base64String({ minLength: 4, maxLength: 12 }).map((b) => ({
    type: "input_file",
    file_data: `data:application/pdf;base64,${b}`,
    filename: "f.pdf",
  })),
);
const userMessage = fc
  .array(inputPart, { minLength: 1, maxLength: 3 })
  .map((content) => ({ type: "message", role: "user", content }));
const instruction = fc
  .tuple(fc.constantFrom("system", "developer"), fc.array(text, { minLength: 1, maxLength: 2 }))
  .map(([role, texts]) => ({
    type: "message",
    role,
    content: texts.map((t) => ({ type: "input_text", text: t })),
  }));
const assistant = fc
  .tuple(fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined }))
  .filter(([t, r]) => t !== undefined || r !== undefined)
  .map(([t, r]) => ({
    type: "message",
    role: "assistant",
    content: [
      ...(t === undefined ? [] : [{ type: "output_text", text: t, annotations: [] }]),
      ...(r === undefined ? [] : [{ type: "refusal", refusal: r }]),
    ],
  }));
const callId = fc.stringMatching(/^call_[a-z0-9]{1,6}$/);
const functionCall = fc
  .tuple(callId, fc.stringMatching(/^[a-z_]{1,8}$/), fc.json())
  .map(([call_id, name, args]) => ({ type: "function_call", call_id, name, arguments: args }));
const functionOutput = fc
  .tuple(callId, fc.string())
  .map(([call_id, output]) => ({ type: "function_call_output", call_id, output }));
const item = fc.oneof(userMessage, instruction, assistant, functionCall, functionOutput);

/** Chat messages back as Responses items (the inverse of `toChat`'s item mapping). */
function itemsOf(messages: ChatCompletionMessageParam[]): unknown[] {
  const items: unknown[] = [];
  for (const m of messages) {
    if (m.role === "assistant") {
      const content = [
        ...(typeof m.content === "string" ? [{ type: "output_text", text: m.content, annotations: [] }] : []),
        ...(typeof m.refusal === "string" ? [{ type: "refusal", refusal: m.refusal }] : []),
      ];
      if (content.length > 0) items.push({ type: "message", role: "assistant", content });
      for (const call of m.tool_calls ?? [])
        items.push({
          type: "function_call",
          call_id: call.id,
          name: call.function.name,
          arguments: call.function.arguments,
        });
    } else if (m.role === "tool")
      items.push({ type: "function_call_output", call_id: m.tool_call_id, output: m.content });
    else if (m.role === "user" || m.role === "system" || m.role === "developer") {
      const parts: ChatCompletionContentPart[] =
        typeof m.content === "string" ? [{ type: "text", text: m.content }] : m.content;
      items.push({
        type: "message",
        role: m.role,
        content: parts.map((p) => {
          if (p.type === "text") return { type: "input_text", text: p.text };
          if (p.type === "image_url")
            return { type: "input_image", image_url: p.image_url.url, detail: p.image_url.detail };
          if (p.type === "file") return { type: "input_file", ...p.file };
          return p;
        }),
      });
    }
  }
  return items;
}

function encodeAll(chunks: ChatCompletionChunk[]) {
  const request = parseRequest({ model: "m", input: "x" });
  const encoder = new ResponseStreamEncoder(
    startingResponse(request, { id: "resp_1", createdAt: 1, model: "m" }),
    () => 1000,
  );
  const events = [...encoder.start(), ...chunks.flatMap((c) => encoder.push(c)), ...encoder.finish()];
  return { events, response: encoder.response };
}

/** `whole` cut at the given points (sorted, within its length) into pieces. */
function cut(whole: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of [...at, whole.length]) {
    pieces.push(whole.slice(from, p));
    from = p;
  }
  return pieces.filter((p) => p !== "");
}

describe("translation properties", () => {
  test("Responses input → chat request → the same items", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (input) => {
        const request = parseRequest({ model: "m", input });
        const chat = toChat(request, []);
        expect(itemsOf(chat.messages)).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  test("a chat answer, whole or split anywhere, gives the same Response output and usage", () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        fc.array(fc.tuple(callId, fc.stringMatching(/^[a-z]{1,6}$/), fc.json({ maxDepth: 2 })), {
          maxLength: 3,
        }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (content, refusal, calls, points) => {
          const whole = completion({
            content: content ?? null,
            ...(refusal === undefined ? {} : { refusal }),
            ...(calls.length
              ? {
                  tool_calls: calls.map(([id, name, args]) => ({
                    id,
                    type: "function" as const,
                    function: { name, arguments: args },
                  })),
                }
              : {}),
          });
          const one = encodeAll([chunkOfCompletion(whole)]).response;
          const split: ChatCompletionChunk[] = [
            ...(content === undefined ? [] : cut(content, points).map((c) => chunk({ content: c }))),
            ...(refusal === undefined ? [] : cut(refusal, points).map((r) => chunk({ refusal: r }))),
            ...calls.flatMap(([id, name, args], index) => [
              chunk({ tool_calls: [{ index, id, type: "function", function: { name, arguments: "" } }] }),
              ...cut(args, points).map((a) => chunk({ tool_calls: [{ index, function: { arguments: a } }] })),
            ]),
            { ...chunk({}, "stop"), usage: whole.usage ?? null },
          ];
          const { events, response } = encodeAll(split);
          const strip = (r: typeof response) =>
            JSON.parse(JSON.stringify(r.output, (k, v) => (k === "id" ? undefined : v)));
          expect(strip(response)).toEqual(strip(one));
          expect(response.usage).toEqual(one.usage);
          expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
          // The deltas of each item add up to its done text.
          const deltas = events
            .filter((e) => e.type === "response.output_text.delta")
            .map((e) => e.delta)
            .join("");
          expect(deltas).toBe(content ?? "");
        },
      ),
      { numRuns: 200 },
    );
  });

  test("the event stream split at arbitrary byte boundaries parses to the same events", async () => {
    const { post } = await testGateway(() =>
      stream([
        chunk({ content: "Héllo 🌍" }),
        chunk({
          tool_calls: [
            { index: 0, id: "c", type: "function", function: { name: "f", arguments: '{"é":1}' } },
          ],
        }),
        chunk({}, "stop"),
      ]),
    );
    const bytes = new Uint8Array(await (await post({ model: "m", input: "x", stream: true })).arrayBuffer());
    const reference: string[] = [];
    for await (const event of sseEvents([bytes] as unknown as AsyncIterable<Uint8Array>))
      reference.push(event.data);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 20 }), async (points) => {
        const at = [...new Set(points)].sort((a, b) => a - b);
        async function* pieces() {
          let from = 0;
          for (const p of [...at, bytes.length]) {
            yield bytes.slice(from, p);
            from = p;
          }
        }
        const seen: string[] = [];
        for await (const event of sseEvents(pieces())) seen.push(event.data);
        expect(seen).toEqual(reference);
        const numbers = seen.map((d) => (JSON.parse(d) as { sequence_number: number }).sequence_number);
        expect(numbers).toEqual(numbers.map((_, i) => i));
      }),
      { numRuns: 100 },
    );
  });
});

// Reasoning items and ids are what chat cannot carry: they are dropped, and nothing else is.
test("reasoning items are dropped on the way to a chat target", () => {
  const request = parseRequest({
    model: "m",
    input: [
      { type: "reasoning", id: "rs_1", summary: [{ type: "summary_text", text: "hmm" }] },
      { role: "user", content: "hi" },
    ],
  });
  expect((request.input[0] as InputItem).type).toBe("reasoning");
  expect(toChat(request, []).messages).toEqual([{ role: "user", content: "hi" }]);
});
