/**
 * Property: for any Anthropic conversation of texts and tool_use / tool_result pairs, decode ->
 * OpenAI -> an echoing provider -> encode keeps every text, tool result and tool call. The
 * provider answers with the texts and tool results it was given (as JSON text) and calls again
 * every tool call it saw; the client must get them back intact, as a message and as a stream
 * (split at arbitrary points, surrogate pairs included), with block indices in order.
 */
import type { ChatCompletionMessageToolCall, ChatCompletionRequest, JsonObject } from "@aigw/plugin-api";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { TOOL_ERROR_PREFIX } from "./decode-content.js";
import { parseEvents, type TestGateway, testGateway } from "./testing/gateway.js";
import { chunk, completion, json, stream, usageChunk } from "./testing/provider.js";

interface Echo {
  texts: string[];
  results: { id: string; content: string }[];
}

/** What the provider saw, as an echo; and its tool calls repeated. */
function echoOf(request: ChatCompletionRequest): { echo: Echo; calls: ChatCompletionMessageToolCall[] } {
  const echo: Echo = { texts: [], results: [] };
  const calls: ChatCompletionMessageToolCall[] = [];
  for (const message of request.messages) {
    if (message.role === "tool") {
      echo.results.push({ id: message.tool_call_id, content: message.content as string });
      continue;
    }
    const content = message.content;
    if (typeof content === "string") echo.texts.push(content);
    else if (Array.isArray(content))
      for (const part of content) if (part.type === "text") echo.texts.push(part.text);
    if (message.role === "assistant") calls.push(...(message.tool_calls ?? []));
  }
  return { echo, calls };
}

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

let pieceSize = 3;

function echoProvider(request: ChatCompletionRequest) {
  const { echo, calls } = echoOf(request);
  const text = JSON.stringify(echo);
  const finish = calls.length > 0 ? "tool_calls" : "stop";
  if (!request.stream)
    return json(completion({ content: text, ...(calls.length ? { tool_calls: calls } : {}) }, finish));
  return stream([
    chunk({ role: "assistant", content: "" }),
    ...pieces(text, pieceSize).map((content) => chunk({ content })),
    ...calls.flatMap((call, index) => [
      chunk({
        tool_calls: [
          { index, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } },
        ],
      }),
      ...pieces(call.function.arguments, pieceSize).map((args) =>
        chunk({ tool_calls: [{ index, function: { arguments: args } }] }),
      ),
    ]),
    chunk({}, finish),
    usageChunk(),
  ]);
}

// ---------------------------------------------------------------------------
// Conversations
// ---------------------------------------------------------------------------

interface Call {
  name: string;
  input: JsonObject;
  result: string;
  isError: boolean;
  asBlocks: boolean;
}

interface Round {
  assistantText: string | undefined;
  calls: Call[];
  userTexts: string[];
}

interface Conversation {
  first: string;
  rounds: Round[];
}

const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });
const input: fc.Arbitrary<JsonObject> = fc.dictionary(
  fc.stringMatching(/^[a-z_]{1,8}$/),
  // Canonical JSON values: JSON cannot carry -0 (it serialises as 0), so neither can a round trip.
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v))),
  { maxKeys: 4 },
) as fc.Arbitrary<JsonObject>;
const round: fc.Arbitrary<Round> = fc.record({
  assistantText: fc.option(text, { nil: undefined }),
  calls: fc.array(
    fc.record({
      name: fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_-]{0,15}$/),
      input,
      result: text,
      isError: fc.boolean(),
      asBlocks: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  userTexts: fc.array(text, { maxLength: 2 }),
});
const conversation: fc.Arbitrary<Conversation> = fc.record({
  first: text,
  rounds: fc.array(round, { maxLength: 4 }),
});

interface Expected {
  messages: unknown[];
  echo: Echo;
  calls: { id: string; name: string; input: JsonObject }[];
}

function build(c: Conversation): Expected {
  const messages: unknown[] = [{ role: "user", content: c.first }];
  const echo: Echo = { texts: [c.first], results: [] };
  const calls: Expected["calls"] = [];
  for (const r of c.rounds) {
    const assistantText = r.assistantText ?? (r.calls.length === 0 ? "..." : undefined);
    const uses = r.calls.map((call) => ({
      type: "tool_use",
      id: `toolu_${calls.length + 1}`,
      name: call.name,
      input: call.input,
    }));
    for (const [i, call] of r.calls.entries())
      calls.push({ id: uses[i]!.id, name: call.name, input: call.input });
    messages.push({
      role: "assistant",
      content: [...(assistantText === undefined ? [] : [{ type: "text", text: assistantText }]), ...uses],
    });
    if (assistantText !== undefined) echo.texts.push(assistantText);
    const userTexts = r.userTexts.length === 0 && r.calls.length === 0 ? ["next"] : r.userTexts;
    messages.push({
      role: "user",
      content: [
        ...r.calls.map((call, i) => ({
          type: "tool_result",
          tool_use_id: uses[i]!.id,
          content: call.asBlocks ? [{ type: "text", text: call.result }] : call.result,
          ...(call.isError ? { is_error: true } : {}),
        })),
        ...userTexts.map((t) => ({ type: "text", text: t })),
      ],
    });
    for (const [i, call] of r.calls.entries())
      echo.results.push({ id: uses[i]!.id, content: (call.isError ? TOOL_ERROR_PREFIX : "") + call.result });
    echo.texts.push(...userTexts);
  }
  return { messages, echo, calls };
}

interface Block {
  type: string;
  text?: string;
  id?: string;
  name?: string;
  input?: unknown;
}

/** A message rebuilt from its events, checking the block protocol on the way. */
function replay(events: ReturnType<typeof parseEvents>): Block[] {
  expect(events[0]!.event).toBe("message_start");
  expect(events.at(-1)!.event).toBe("message_stop");
  const blocks: (Block & { json?: string; open: boolean })[] = [];
  for (const { event, data } of events) {
    const index = data.index as number;
    if (event === "content_block_start") {
      expect(index).toBe(blocks.length);
      expect(blocks.every((b) => !b.open)).toBe(true);
      blocks.push({ ...(data.content_block as Block), open: true, json: "" });
    } else if (event === "content_block_delta") {
      const block = blocks[index]!;
      expect(block.open).toBe(true);
      const delta = data.delta as { type: string; text?: string; partial_json?: string };
      if (delta.type === "text_delta") block.text += delta.text!;
      else block.json += delta.partial_json!;
    } else if (event === "content_block_stop") {
      expect(blocks[index]!.open).toBe(true);
      blocks[index]!.open = false;
    }
  }
  return blocks.map(({ open, json: partial, ...block }) => {
    expect(open).toBe(false);
    return block.type === "tool_use" ? { ...block, input: partial ? JSON.parse(partial) : {} } : block;
  });
}

function check(content: Block[], expected: Expected): void {
  const [first, ...uses] = content;
  expect(first!.type).toBe("text");
  expect(JSON.parse(first!.text!)).toEqual(expected.echo);
  expect(uses).toEqual(expected.calls.map((call) => ({ type: "tool_use", ...call })));
}

describe("round trip property", () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await testGateway(echoProvider);
  });

  test("decode -> echoing provider -> encode keeps texts, tool results and tool calls (JSON)", async () => {
    await fc.assert(
      fc.asyncProperty(conversation, async (c) => {
        const expected = build(c);
        const response = await gateway.post("/v1/messages", {
          model: "echo",
          max_tokens: 50,
          messages: expected.messages,
        });
        expect(response.status).toBe(200);
        const message = (await response.json()) as { content: Block[]; stop_reason: string };
        check(message.content, expected);
        expect(message.stop_reason).toBe(expected.calls.length > 0 ? "tool_use" : "end_turn");
      }),
      { numRuns: 150 },
    );
  });

  test("... and as a stream split anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(conversation, fc.integer({ min: 1, max: 9 }), async (c, size) => {
        pieceSize = size;
        const expected = build(c);
        const response = await gateway.post("/v1/messages", {
          model: "echo",
          max_tokens: 50,
          stream: true,
          messages: expected.messages,
        });
        expect(response.status).toBe(200);
        check(replay(parseEvents(await response.text())), expected);
      }),
      { numRuns: 150 },
    );
  });
});
