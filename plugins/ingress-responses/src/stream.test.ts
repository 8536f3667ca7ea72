/**
 * The streamed event sequence against OpenAI's documented order, field by field: text, a tool
 * call, a refusal; usage in `response.completed`; a length cut is `response.incomplete`; a cut
 * upstream ends with `response.failed`, never `response.completed`.
 */
import { describe, expect, test } from "vitest";
import { chunk, type Event, parseEvents, stream, testGateway } from "./testing/scripted.js";

async function events(
  reply: Parameters<typeof testGateway>[0],
  body: Record<string, unknown> = {},
): Promise<Event[]> {
  const { post } = await testGateway(reply);
  const response = await post({ model: "any-model", input: "Hi", stream: true, ...body });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const parsed = parseEvents(await response.text());
  // Every event is named after its type and numbered from 0 without a gap.
  parsed.forEach((e, i) => {
    expect(e.event).toBe(e.data.type);
    expect(e.data.sequence_number).toBe(i);
  });
  return parsed;
}

const USAGE_OUT = {
  input_tokens: 11,
  input_tokens_details: { cached_tokens: 3 },
  output_tokens: 7,
  output_tokens_details: { reasoning_tokens: 2 },
  total_tokens: 18,
};

describe("the Responses event stream", () => {
  test("text: created, in_progress, item and part added, deltas, done events, completed with usage", async () => {
    const list = await events(() =>
      stream([
        chunk({ role: "assistant", content: "" }),
        chunk({ content: "Hel" }),
        chunk({ content: "lo" }),
        chunk({}, "stop"),
      ]),
    );
    expect(list.map((e) => e.event)).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.delta",
      "response.output_text.delta",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    const [created, progress, added, partAdded, d1, d2, textDone, partDone, itemDone, completed] = list.map(
      (e) => e.data,
    );
    const id = (created!.response as { id: string }).id;
    expect(id).toMatch(/^resp_[0-9a-f]{48}$/);
    expect(created!.response).toMatchObject({
      id,
      object: "response",
      status: "in_progress",
      model: "any-model",
      output: [],
      usage: null,
      error: null,
      incomplete_details: null,
      store: true,
      tool_choice: "auto",
      tools: [],
      text: { format: { type: "text" } },
    });
    expect(progress!.response).toMatchObject({ id, status: "in_progress" });
    const itemId = (added!.item as { id: string }).id;
    expect(itemId).toMatch(/^msg_/);
    expect(added).toEqual({
      type: "response.output_item.added",
      sequence_number: 2,
      output_index: 0,
      item: { id: itemId, type: "message", status: "in_progress", content: [], role: "assistant" },
    });
    expect(partAdded).toEqual({
      type: "response.content_part.added",
      sequence_number: 3,
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      part: { type: "output_text", text: "", annotations: [], logprobs: [] },
    });
    expect(d1).toEqual({
      type: "response.output_text.delta",
      sequence_number: 4,
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      delta: "Hel",
      logprobs: [],
    });
    expect(d2).toMatchObject({ delta: "lo", sequence_number: 5 });
    expect(textDone).toEqual({
      type: "response.output_text.done",
      sequence_number: 6,
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      text: "Hello",
      logprobs: [],
    });
    const part = { type: "output_text", text: "Hello", annotations: [], logprobs: [] };
    expect(partDone).toEqual({
      type: "response.content_part.done",
      sequence_number: 7,
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      part,
    });
    const item = { id: itemId, type: "message", status: "completed", content: [part], role: "assistant" };
    expect(itemDone).toEqual({
      type: "response.output_item.done",
      sequence_number: 8,
      output_index: 0,
      item,
    });
    expect(completed!.response).toMatchObject({ id, status: "completed", output: [item], usage: USAGE_OUT });
    expect((completed!.response as { completed_at: number }).completed_at).toBeGreaterThan(0);
  });

  test("tool calls: a function_call item each, arguments streamed, then done", async () => {
    const list = await events(() =>
      stream([
        chunk({
          role: "assistant",
          tool_calls: [
            { index: 0, id: "call_a", type: "function", function: { name: "weather", arguments: "" } },
          ],
        }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
        chunk({
          tool_calls: [
            { index: 1, id: "call_b", type: "function", function: { name: "time", arguments: "{}" } },
          ],
        }),
        chunk({}, "tool_calls"),
      ]),
    );
    expect(list.map((e) => e.event)).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.function_call_arguments.delta",
      "response.function_call_arguments.delta",
      "response.function_call_arguments.done",
      "response.output_item.done",
      "response.output_item.added",
      "response.function_call_arguments.delta",
      "response.function_call_arguments.done",
      "response.output_item.done",
      "response.completed",
    ]);
    const added = list[2]!.data;
    const fcId = (added.item as { id: string }).id;
    expect(fcId).toMatch(/^fc_/);
    expect(added).toEqual({
      type: "response.output_item.added",
      sequence_number: 2,
      output_index: 0,
      item: {
        id: fcId,
        type: "function_call",
        status: "in_progress",
        arguments: "",
        call_id: "call_a",
        name: "weather",
      },
    });
    expect(list[3]!.data).toEqual({
      type: "response.function_call_arguments.delta",
      sequence_number: 3,
      item_id: fcId,
      output_index: 0,
      delta: '{"city":',
    });
    expect(list[5]!.data).toEqual({
      type: "response.function_call_arguments.done",
      sequence_number: 5,
      item_id: fcId,
      output_index: 0,
      arguments: '{"city":"Paris"}',
    });
    const first = {
      id: fcId,
      type: "function_call",
      status: "completed",
      arguments: '{"city":"Paris"}',
      call_id: "call_a",
      name: "weather",
    };
    expect(list[6]!.data).toEqual({
      type: "response.output_item.done",
      sequence_number: 6,
      output_index: 0,
      item: first,
    });
    expect(list[7]!.data).toMatchObject({ output_index: 1, item: { call_id: "call_b", name: "time" } });
    expect(list[11]!.data.response).toMatchObject({
      status: "completed",
      output: [
        first,
        { type: "function_call", call_id: "call_b", name: "time", arguments: "{}", status: "completed" },
      ],
    });
  });

  test("a refusal: a refusal part, refusal deltas and done", async () => {
    const list = await events(() =>
      stream([
        chunk({ role: "assistant", refusal: "I can't " }),
        chunk({ refusal: "help with that." }),
        chunk({}, "stop"),
      ]),
    );
    expect(list.map((e) => e.event)).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.refusal.delta",
      "response.refusal.delta",
      "response.refusal.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    const itemId = (list[2]!.data.item as { id: string }).id;
    expect(list[3]!.data).toEqual({
      type: "response.content_part.added",
      sequence_number: 3,
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      part: { type: "refusal", refusal: "" },
    });
    expect(list[4]!.data).toEqual({
      type: "response.refusal.delta",
      sequence_number: 4,
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      delta: "I can't ",
    });
    expect(list[6]!.data).toEqual({
      type: "response.refusal.done",
      sequence_number: 6,
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      refusal: "I can't help with that.",
    });
    expect(list[9]!.data.response).toMatchObject({
      output: [{ type: "message", content: [{ type: "refusal", refusal: "I can't help with that." }] }],
    });
  });

  test("a cut by the token limit is response.incomplete with its reason", async () => {
    const list = await events(() => stream([chunk({ content: "Once upon" }), chunk({}, "length")]));
    const last = list.at(-1)!;
    expect(last.event).toBe("response.incomplete");
    expect(last.data.response).toMatchObject({
      status: "incomplete",
      incomplete_details: { reason: "max_output_tokens" },
      output: [{ type: "message", status: "incomplete" }],
    });
  });

  test("a cut upstream stream ends with response.failed, never response.completed", async () => {
    const list = await events(() =>
      stream([chunk({ content: "Hel" }), chunk({ content: "lo" }), chunk({}, "stop")], 2),
    );
    expect(list.map((e) => e.event)).not.toContain("response.completed");
    const last = list.at(-1)!;
    expect(last.event).toBe("response.failed");
    expect(last.data.response).toMatchObject({
      status: "failed",
      error: { code: "server_error", message: "The upstream stream was cut off." },
    });
  });

  test("reasoning text (a provider's reasoning_content) is a reasoning item before the message", async () => {
    const list = await events(() =>
      stream([
        chunk({ reasoning_content: "Think" } as never),
        chunk({ reasoning_content: "ing." } as never),
        chunk({ content: "Answer" }),
        chunk({}, "stop"),
      ]),
    );
    expect(list.map((e) => e.event)).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.reasoning_text.delta",
      "response.reasoning_text.delta",
      "response.reasoning_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.delta",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    const reasoningId = (list[2]!.data.item as { id: string }).id;
    expect(reasoningId).toMatch(/^rs_/);
    expect(list[6]!.data).toEqual({
      type: "response.reasoning_text.done",
      sequence_number: 6,
      item_id: reasoningId,
      output_index: 0,
      content_index: 0,
      text: "Thinking.",
    });
    expect(list.at(-1)!.data.response).toMatchObject({
      output: [
        {
          id: reasoningId,
          type: "reasoning",
          summary: [],
          content: [{ type: "reasoning_text", text: "Thinking." }],
        },
        { type: "message", content: [{ type: "output_text", text: "Answer" }] },
      ],
    });
  });
});
