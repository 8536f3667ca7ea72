/** Per-request overrides: a named config or, when allowed, an inline one validated like the file. */
import { describe, expect, test } from "vitest";
import { testGateway } from "./testing/harness.js";

const provider = (reply: string) => ({
  nodes: [{ id: "llm", plugin: "scripted-provider", config: { reply } }],
});

describe("config overrides", () => {
  test("a named config is selected by header; an unknown one is a 400 naming the choices", async () => {
    const t = await testGateway({ pipeline: provider("main"), configs: { canary: provider("canary") } });
    const main = await (await t.chat()).json();
    expect(main.choices[0].message.content).toBe("main");
    const canary = await (await t.chat({}, { headers: { "x-aigw-config": "canary" } })).json();
    expect(canary.choices[0].message.content).toBe("canary");
    const unknown = await t.chat({}, { headers: { "x-aigw-config": "nope" } });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toMatchObject({
      code: "invalid_config_override",
      param: "x-aigw-config",
      message: expect.stringContaining("canary"),
    });
  });

  test("inline configs are refused unless allowed", async () => {
    const t = await testGateway({ pipeline: provider("main") });
    const response = await t.chat({}, { headers: { "x-aigw-config": JSON.stringify(provider("inline")) } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain("not allowed");
  });

  test("allowed inline configs are validated like the file and cached", async () => {
    const t = await testGateway({
      pipeline: provider("main"),
      overrides: { allowInline: true, header: "x-route" },
    });
    const inline = JSON.stringify(provider("inline"));
    for (let i = 0; i < 3; i++) {
      const body = await (await t.chat({}, { headers: { "x-route": inline } })).json();
      expect(body.choices[0].message.content).toBe("inline");
    }
    const invalid = await t.chat(
      {},
      {
        headers: {
          "x-route": JSON.stringify({
            nodes: [{ id: "llm", plugin: "scripted-provider", config: { delayMs: "x" } }],
          }),
        },
      },
    );
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.message).toContain("/nodes/0/config/delayMs");
    const notJson = await t.chat({}, { headers: { "x-route": "{oops" } });
    expect(notJson.status).toBe(400);
    await t.gateway.close();
  });
});
