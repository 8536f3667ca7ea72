/**
 * Runs every DAG scenario in __fixtures__/dag: each folder's case.yaml holds a config over the
 * scripted test plugins, the requests to send, and what must be seen: responses, the exact order
 * of hooks, per-node timing outcomes and the finished record observers got.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { testGateway } from "./testing/harness.js";

interface Expect {
  status?: number;
  body?: Record<string, unknown>;
  echo?: Record<string, unknown>;
  stream?: string[];
  done?: boolean;
  streamError?: Record<string, unknown>;
  aborted?: boolean;
  maxMs?: number;
}

interface Case {
  description: string;
  config: unknown;
  requests: {
    body?: Record<string, unknown>;
    headers?: Record<string, string>;
    abortAfterMs?: number;
    expect: Expect;
  }[];
  events?: string[];
  timings?: { node: string; hook: string; outcome: string }[];
  finished?: Record<string, Record<string, unknown>>;
}

const root = join(import.meta.dirname, "__fixtures__", "dag");

/** The data events of an SSE body. */
function sseData(text: string): string[] {
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("data: "))
    .map((block) => block.slice(6));
}

describe("DAG scenarios", () => {
  for (const name of readdirSync(root).sort()) {
    const scenario = parse(readFileSync(join(root, name, "case.yaml"), "utf8")) as Case;
    test(`${name}: ${scenario.description}`, async () => {
      const t = await testGateway(scenario.config);
      for (const request of scenario.requests) {
        const controller = new AbortController();
        const started = performance.now();
        if (request.abortAfterMs !== undefined) setTimeout(() => controller.abort(), request.abortAfterMs);
        const response = await t.chat(request.body, { headers: request.headers, signal: controller.signal });
        const expected = request.expect;
        if (expected.maxMs !== undefined) expect(performance.now() - started).toBeLessThan(expected.maxMs);
        if (expected.aborted) expect(response.status).toBe(499);
        if (expected.status !== undefined) expect(response.status).toBe(expected.status);
        expect(response.headers.get("x-request-id")).toBeTruthy();
        if (expected.stream) {
          expect(response.headers.get("content-type")).toContain("text/event-stream");
          const events = sseData(await response.text());
          const done = events.at(-1) === "[DONE]";
          expect(done).toBe(expected.done ?? true);
          const parsed = events.filter((e) => e !== "[DONE]").map((e) => JSON.parse(e));
          const contents = parsed.flatMap((c) =>
            c.choices?.[0]?.delta?.content ? [c.choices[0].delta.content] : [],
          );
          expect(contents).toEqual(expected.stream);
          if (expected.streamError) expect(parsed.at(-1).error).toMatchObject(expected.streamError);
        } else if (expected.body || expected.echo) {
          const body = await response.json();
          if (expected.body) expect(body).toMatchObject(expected.body);
          if (expected.echo) expect(JSON.parse(body.choices[0].message.content)).toMatchObject(expected.echo);
        } else {
          await response.arrayBuffer();
        }
        await t.gateway.idle();
      }
      if (scenario.events) expect(t.journal.events).toEqual(scenario.events);
      for (const timing of scenario.timings ?? []) {
        const all = [...t.journal.finished.values()].flatMap((r) => r.timings.nodes);
        expect(all).toContainEqual(expect.objectContaining(timing));
      }
      for (const [node, record] of Object.entries(scenario.finished ?? {})) {
        expect(t.journal.finished.get(node)).toMatchObject(record);
      }
      await t.gateway.close();
    });
  }
});
