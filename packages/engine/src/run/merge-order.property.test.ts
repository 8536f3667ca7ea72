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

/** A request-hook plugin whose nodes are numbered by their config's `i`. */
function numberedManifest(name: string) {
  return {
    name,
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
  } as const;
}

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
          manifest: numberedManifest("scheduled"),
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

  test("concurrent nodes that change the same field both keep their change, in plan order, in any completion order", async () => {
    // Each node either goes on or appends its mark to the user's message as it sees it (the way
    // a masking guardrail rewrites messages); some need the node before them, the rest run
    // concurrently. Whatever the order they finish in, every mark must reach the provider, in
    // plan order: an overlapping patch from a concurrent node must not undo an earlier one.
    const shape = fc.array(fc.record({ edits: fc.boolean(), needsPrevious: fc.boolean() }), {
      minLength: 2,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(shape, fc.scheduler(), async (nodes, s) => {
        const runs = nodes.map(() => 0);
        const marker = definePlugin({
          manifest: numberedManifest("marker"),
          create: ({ i }: { i: number }) => ({
            request: (ctx) => {
              runs[i]!++;
              if (!nodes[i]!.edits) return s.schedule(Promise.resolve(undefined), `n${i}`);
              const body = ctx.request.body as { messages: { role: string; content: string }[] };
              const messages = body.messages.map((m) => ({ ...m, content: `${m.content}|${i}` }));
              return s.schedule(Promise.resolve(patch({ messages })), `n${i}`);
            },
          }),
        });
        const gateway = await createGateway({
          config: {
            pipeline: {
              nodes: [
                ...nodes.map((n, i) => ({
                  id: `n${i}`,
                  plugin: "marker",
                  config: { i },
                  ...(i > 0 && n.needsPrevious ? { needs: [`n${i - 1}`] } : {}),
                })),
                { id: "llm", plugin: "scripted-provider", config: { echo: true } },
              ],
            },
          },
          plugins: [marker, scriptedProvider(newJournal())],
          services: { logger: silentLogger() },
        });
        const response = await s.waitFor(
          gateway.fetch(
            new Request("http://gw.test/v1/chat/completions", {
              method: "POST",
              body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
            }),
          ),
        );
        const sent = JSON.parse((await response.json()).choices[0].message.content);
        const marks = nodes.flatMap((n, i) => (n.edits ? [`|${i}`] : [])).join("");
        expect(sent.messages).toEqual([{ role: "user", content: `hi${marks}` }]);
        // A node runs again exactly when it edits and an earlier node it does not need edits too.
        for (const [i, n] of nodes.entries()) {
          let firstAncestor = i;
          while (firstAncestor > 0 && nodes[firstAncestor]!.needsPrevious) firstAncestor--;
          const overlaps = n.edits && nodes.slice(0, firstAncestor).some((m) => m.edits);
          expect(runs[i]).toBe(overlaps ? 2 : 1);
        }
        await gateway.close();
      }),
      { numRuns: 150 },
    );
  });
});
