/**
 * Nodes that judge each upstream answer (`onAttempt`) and nodes that call a terminal as a service
 * (`uses`): a rejected attempt is a failure the router falls back from, a side call stays out of
 * the route, and a node's headers reach the client.
 */
import { describe, expect, test } from "vitest";
import { testGateway } from "./testing/harness.js";

const providers = [
  { id: "first", plugin: "scripted-provider", config: { reply: "bad answer" } },
  { id: "second", plugin: "scripted-provider", config: { reply: "good answer" } },
];

describe("onAttempt", () => {
  test("a rejected answer is a failed attempt: the router falls back to its next target", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "check", plugin: "checker", config: { rejectIf: "bad" }, onAttempt: true },
          {
            id: "route",
            plugin: "test-router",
            config: { strategy: "fallback" },
            targets: ["first", "second"],
          },
          ...providers,
        ],
      },
    });
    const response = await t.chat();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]!.message.content).toBe("good answer");
    expect(response.headers.get("x-aigw-route")).toBe("first:422,second:200");
    // Checked once per attempt, and not again on the way back.
    expect(t.journal.events.filter((e) => e.startsWith("check:checked"))).toEqual([
      "check:checked:bad answer",
      "check:checked:good answer",
    ]);
  });

  test("without onAttempt the same check judges only the final answer and denies it", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "check", plugin: "checker", config: { rejectIf: "bad" } },
          {
            id: "route",
            plugin: "test-router",
            config: { strategy: "fallback" },
            targets: ["first", "second"],
          },
          ...providers,
        ],
      },
    });
    const response = await t.chat();
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: "answer_rejected" } });
  });

  test("onAttempt on a node without a response hook is a boot error naming the node", async () => {
    await expect(
      testGateway({
        pipeline: {
          nodes: [{ id: "p", plugin: "scripted-provider", onAttempt: true }],
        },
      }),
    ).rejects.toThrow(/onAttempt/);
  });
});

describe("uses", () => {
  test("a node calls a side terminal; it is neither the entry nor part of the route", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "side", plugin: "scripted-provider", config: { reply: "side says hi" } },
          { id: "check", plugin: "checker", config: { ask: "side" }, uses: ["side"] },
          { id: "main", plugin: "scripted-provider", config: { reply: "main answer" } },
        ],
      },
    });
    const response = await t.chat();
    expect(response.status).toBe(200);
    expect(response.headers.get("x-checker-asked")).toBe("side says hi");
    expect(response.headers.get("x-aigw-route")).toBe("main:200");
    expect(response.headers.get("x-aigw-target")).toBe("main");
    const body = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]!.message.content).toBe("main answer");
  });

  test("a side call on the way back keeps the answer's usage in the record", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "side", plugin: "scripted-provider", config: { reply: "side", promptTokens: 100 } },
          { id: "check", plugin: "checker", config: { ask: "side", askOnAnswer: true }, uses: ["side"] },
          { id: "watch", plugin: "probe" },
          { id: "main", plugin: "scripted-provider", config: { reply: "main answer", promptTokens: 7 } },
        ],
      },
    });
    const response = await t.chat();
    expect(response.headers.get("x-checker-asked")).toBe("side");
    await t.gateway.idle();
    expect(t.journal.finished.get("watch")?.annotations.usage).toMatchObject({ prompt_tokens: 7 });
    expect(t.journal.finished.get("watch")?.annotations.servedBy).toMatchObject({ node: "main" });
  });

  test("uses must name a terminal", async () => {
    await expect(
      testGateway({
        pipeline: {
          nodes: [
            { id: "check", plugin: "checker", uses: ["nowhere"] },
            { id: "main", plugin: "scripted-provider" },
          ],
        },
      }),
    ).rejects.toThrow(/uses unknown node "nowhere"/);
  });
});
