/**
 * The official openai SDK's `responses.create` and `responses.stream` over real HTTP against a
 * gateway whose provider answers chat completions: text, tool calls with their outputs fed back,
 * streaming with `finalResponse()`, retrieval and deletion, and errors as `APIError`s.
 */
import { serveGateway } from "@aigw/testkit";
import OpenAI from "openai";
import { afterEach, describe, expect, test } from "vitest";
import { chunk, completion, json, type Reply, stream, testGateway } from "./testing/scripted.js";

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function client(reply: Reply) {
  const gateway = await testGateway(reply);
  const server = await serveGateway(gateway.gw);
  open.push(server);
  return { openai: new OpenAI({ apiKey: "k1", baseURL: `${server.url}/v1`, maxRetries: 0 }), gateway };
}

describe("the openai SDK's Responses API against the gateway", () => {
  test("responses.create, retrieve, input_items, delete", async () => {
    const { openai } = await client(() => json(completion({ content: "Hello from any model" })));
    const response = await openai.responses.create({
      model: "claude-x",
      input: "Hi",
      instructions: "Be brief.",
    });
    expect(response.output_text).toBe("Hello from any model");
    expect(response.status).toBe("completed");
    expect(response.usage).toMatchObject({ input_tokens: 11, output_tokens: 7, total_tokens: 18 });
    const again = await openai.responses.retrieve(response.id);
    expect(again.output_text).toBe("Hello from any model");
    const items = await openai.responses.inputItems.list(response.id);
    expect(items.data).toMatchObject([
      { type: "message", role: "user", content: [{ type: "input_text", text: "Hi" }] },
    ]);
    // The SDK types the answer as void; the wire carries OpenAI's deletion object.
    expect((await openai.responses.delete(response.id)) as unknown).toMatchObject({ deleted: true });
    await expect(openai.responses.retrieve(response.id)).rejects.toMatchObject({ status: 404 });
  });

  test("a tool call and its output, chained with previous_response_id", async () => {
    const { openai, gateway } = await client((request) =>
      request.messages.some((m) => m.role === "tool")
        ? json(completion({ content: "It is sunny in Paris." }))
        : json(
            completion(
              {
                content: null,
                tool_calls: [
                  {
                    id: "call_1",
                    type: "function",
                    function: { name: "weather", arguments: '{"city":"Paris"}' },
                  },
                ],
              },
              "tool_calls",
            ),
          ),
    );
    const tools = [
      {
        type: "function" as const,
        name: "weather",
        description: "Weather in a city",
        parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        strict: false,
      },
    ];
    const first = await openai.responses.create({ model: "m", input: "Weather in Paris?", tools });
    const call = first.output.find((item) => item.type === "function_call");
    expect(call).toMatchObject({ call_id: "call_1", name: "weather", arguments: '{"city":"Paris"}' });
    const second = await openai.responses.create({
      model: "m",
      previous_response_id: first.id,
      input: [{ type: "function_call_output", call_id: "call_1", output: "sunny" }],
      tools,
    });
    expect(second.output_text).toBe("It is sunny in Paris.");
    expect(gateway.seen[1]!.messages.at(-1)).toEqual({
      role: "tool",
      tool_call_id: "call_1",
      content: "sunny",
    });
  });

  test("responses.stream: text deltas and finalResponse()", async () => {
    const { openai } = await client(() =>
      stream([
        chunk({ role: "assistant", content: "" }),
        chunk({ content: "Hel" }),
        chunk({ content: "lo" }),
        chunk({}, "stop"),
      ]),
    );
    const runner = openai.responses.stream({ model: "m", input: "Hi" });
    const deltas: string[] = [];
    runner.on("response.output_text.delta", (event) => deltas.push(event.delta));
    const final = await runner.finalResponse();
    expect(deltas).toEqual(["Hel", "lo"]);
    expect(final.output_text).toBe("Hello");
    expect(final.usage?.output_tokens_details.reasoning_tokens).toBe(2);
  });

  test("responses.create with stream: true yields events, tool calls included", async () => {
    const { openai } = await client(() =>
      stream([
        chunk({
          tool_calls: [
            { index: 0, id: "call_9", type: "function", function: { name: "f", arguments: '{"a"' } },
          ],
        }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: ":1}" } }] }),
        chunk({}, "tool_calls"),
      ]),
    );
    const events = await openai.responses.create({ model: "m", input: "x", stream: true });
    const types: string[] = [];
    let done = "";
    for await (const event of events) {
      types.push(event.type);
      if (event.type === "response.function_call_arguments.done") done = event.arguments;
    }
    expect(done).toBe('{"a":1}');
    expect(types.at(-1)).toBe("response.completed");
  });

  test("bad input is an APIError with param and code", async () => {
    const { openai } = await client(() => json(completion({ content: "x" })));
    await expect(
      openai.responses.create({ model: "m", input: "x", tools: [{ type: "web_search" }] }),
    ).rejects.toMatchObject({ status: 400, param: "tools[0].type", code: "unsupported_value" });
  });
});
