/** The JSON schema guardrail through a real engine: complete answers, streams and tool calls. */
import { ConfigError } from "@aigw/engine";
import { echoGateway, readStream } from "@aigw/guardrail-kit/testing";
import type { Plugin } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import jsonSchema from "./index.js";

const plugins = [jsonSchema as Plugin<never>];
const person = { type: "object", required: ["name"], properties: { name: { type: "string" } } };
const gateway = (config: Record<string, unknown>, reply: string) =>
  echoGateway({
    plugins,
    nodes: [{ id: "shape", plugin: "guardrail-json-schema", config }],
    echo: { reply, chunkSize: 5 },
  });

describe("guardrail-json-schema", () => {
  test("a valid answer passes, an invalid one is 422 answer_rejected naming the failure", async () => {
    expect((await (await gateway({ schema: person }, '{"name":"Ada"}')).chat("who?")).status).toBe(200);
    const response = await (await gateway({ schema: person }, '{"nom":"Ada"}')).chat("who?");
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("name");
  });

  test("takes on: [output], its only side, and refuses the shared settings it has no use for", async () => {
    const t = await gateway({ schema: person, on: ["output"] }, "not json");
    expect((await t.chat("who?")).status).toBe(422);
    const bootErrors = (config: Record<string, unknown>) =>
      gateway(config, "{}").then(
        () => [],
        (error: unknown) => {
          if (!(error instanceof ConfigError)) throw error;
          return error.issues.map(
            (issue) => `${issue.path.replace("/pipeline/nodes/0/config", "")}: ${issue.message}`,
          );
        },
      );
    expect(await bootErrors({ on: ["input"] })).toEqual(['/on/0: must be one of ["output"]']);
    expect(await bootErrors({ on: ["output", "input"] })).toEqual([
      "/on: must NOT have more than 1 items",
      '/on/1: must be one of ["output"]',
    ]);
    expect(await bootErrors({ roles: ["user"], stream: { holdBackChars: 10 } })).toEqual([
      '/roles: unknown field "roles"',
      '/stream: unknown field "stream"',
    ]);
  });

  test("requests are not checked", async () => {
    const t = await gateway({ schema: person }, '{"name":"Ada"}');
    expect((await t.chat("not json at all")).status).toBe(200);
  });

  test("a stream is checked once complete: replayed when valid, refused before any text when not", async () => {
    const ok = await readStream(
      await (await gateway({ schema: person }, '{"name":"Ada"}')).chat("x", { stream: true }),
    );
    expect(ok).toMatchObject({ done: true, text: '{"name":"Ada"}' });
    const bad = await readStream(
      await (await gateway({ schema: person }, '{"name":1}')).chat("x", { stream: true }),
    );
    expect(bad).toMatchObject({ done: false, text: "", error: { code: "answer_rejected" } });
  });

  test("the request's own response_format schema", async () => {
    const t = await gateway({ useRequestSchema: true }, '{"n":"x"}');
    const format = {
      type: "json_schema",
      json_schema: { name: "n", schema: { type: "object", properties: { n: { type: "number" } } } },
    };
    expect((await t.chat("x", { response_format: format })).status).toBe(422);
  });
});
