/**
 * The outcome of parallel nodes does not depend on which finishes first: fast-check's scheduler
 * releases the hooks' promises in every order it explores, and the answer must equal a reference
 * model (the earliest node in plan order that ends the request wins; otherwise every patch
 * applies in plan order).
 */
import { definePlugin, deny, jsonResult, patch, respond } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createGateway } from "../gateway.js";
import { silentLogger } from "../testing/harness.js";
import { chatCompletion, newJournal, scriptedProvider } from "../testing/probe-plugins.js";

type Step =
  | { kind: "continue" }
  | { kind: "patch"; key: string; value: number }
  | { kind: "deny" }
  | { kind: "respond" };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "continue" as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("patch" as const),
      key: fc.constantFrom("temperature", "top_p", "seed"),
      value: fc.integer({ min: 0, max: 9 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "deny" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "respond" as const }) },
);

function reference(steps: Step[]): { status: number; content: string } {
  const ender = steps.findIndex((s) => s.kind === "deny" || s.kind === "respond");
  if (ender >= 0) {
    return steps[ender]!.kind === "deny"
      ? { status: 400, content: `denied by n${ender}` }
      : { status: 200, content: `answered by n${ender}` };
  }
  const body: Record<string, unknown> = { model: "m", messages: [{ role: "user", content: "hi" }] };
  for (const s of steps) if (s.kind === "patch") body[s.key] = s.value;
  return { status: 200, content: JSON.stringify(body) };
}

describe("parallel merge", () => {
  test("parallel nodes give the same outcome in any completion order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 6 }), fc.scheduler(), async (steps, s) => {
        const scheduled = definePlugin({
          manifest: {
            name: "scheduled",
            kind: "transform",
            version: "0.0.0",
            engine: "^0.1.0",
            hooks: ["request"],
            configSchema: {
              type: "object",
              properties: { i: { type: "integer" } },
              required: ["i"],
              additionalProperties: false,
            },
          },
          create: ({ i }: { i: number }) => ({
            request: () => {
              const st = steps[i]!;
              const value =
                st.kind === "patch"
                  ? patch({ [st.key]: st.value })
                  : st.kind === "deny"
                    ? deny("content_denied", `denied by n${i}`)
                    : st.kind === "respond"
                      ? respond(jsonResult(JSON.stringify(chatCompletion(`answered by n${i}`))))
                      : undefined;
              return s.schedule(Promise.resolve(value), `n${i}`);
            },
          }),
        });
        const gateway = await createGateway({
          config: {
            pipeline: {
              nodes: [
                ...steps.map((_, i) => ({ id: `n${i}`, plugin: "scheduled", config: { i } })),
                { id: "llm", plugin: "scripted-provider", config: { echo: true } },
              ],
            },
          },
          plugins: [scheduled, scriptedProvider(newJournal())],
          services: { logger: silentLogger() },
        });
        const pending = gateway.fetch(
          new Request("http://gw.test/v1/chat/completions", {
            method: "POST",
            body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
          }),
        );
        const response = await s.waitFor(pending);
        const body = await response.json();
        const expected = reference(steps);
        expect(response.status).toBe(expected.status);
        const content = expected.status === 400 ? body.error.message : body.choices[0].message.content;
        expect(content).toBe(expected.content);
        await gateway.close();
      }),
      { numRuns: 150 },
    );
  });
});
