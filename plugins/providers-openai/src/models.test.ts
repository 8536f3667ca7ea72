// /v1/models: configured ids, or the upstream's GET /models (with the key) cached for 5 minutes;
// a failing upstream lists nothing and warns.

import { fetchHttpClient } from "@aigw/engine";
import { json, modelList, recordingLogger, sequence, stall, startFakeUpstream } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { ModelCatalogue } from "./models.js";
import { type Harness, harness, TEST_KEY } from "./testing/harness.js";
import { resolveUpstream } from "./upstream.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const getModels = async (harnessed: Harness) => {
  const res = await harnessed.gateway.fetch(new Request("http://gateway.test/v1/models"));
  return ((await res.json()) as { data: unknown[] }).data;
};

describe("models", () => {
  it("lists the configured models without asking the upstream", async () => {
    h = await harness(json(500, {}), {
      config: { preset: "groq", models: ["llama-3.3-70b-versatile", "qwen-qwq-32b"] },
      env: { OPENAI_API_KEY: "x" },
    });
    expect(await getModels(h)).toEqual([
      { id: "llama-3.3-70b-versatile", object: "model", created: 0, owned_by: "groq" },
      { id: "qwen-qwq-32b", object: "model", created: 0, owned_by: "groq" },
    ]);
    expect(h.upstream.requests).toHaveLength(0);
  });

  it("lists the upstream's models with the key, and caches them", async () => {
    h = await harness(json(200, modelList(["gpt-4o", "gpt-4o-mini"])));
    const models = await getModels(h);
    expect(models).toEqual(modelList(["gpt-4o", "gpt-4o-mini"]).data);
    await getModels(h);
    expect(h.upstream.requests).toHaveLength(1);
    const recorded = h.upstream.requests[0]!;
    expect(recorded.method).toBe("GET");
    expect(recorded.path).toBe("/v1/models");
    expect(recorded.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    const one = await h.gateway.fetch(new Request("http://gateway.test/v1/models/gpt-4o"));
    expect(await one.json()).toMatchObject({ id: "gpt-4o", object: "model" });
  });

  it("lists nothing and warns when the upstream fails, then asks again", async () => {
    h = await harness(sequence(json(401, { error: { message: "bad key" } }), json(200, modelList(["m1"]))));
    expect(await getModels(h)).toEqual([]);
    expect(h.warnings.some((w) => w.includes("HTTP 401"))).toBe(true);
    expect(await getModels(h)).toMatchObject([{ id: "m1" }]);
  });

  it("refreshes after five minutes", async () => {
    const upstream = await startFakeUpstream(
      sequence(json(200, modelList(["old"])), json(200, modelList(["new"]))),
    );
    let now = 0;
    const catalogue = new ModelCatalogue({
      upstream: resolveUpstream({ baseUrl: upstream.url }, { get: () => undefined }),
      http: fetchHttpClient(),
      logger: recordingLogger([]),
      configured: undefined,
      now: () => now,
    });
    const signal = new AbortController().signal;
    expect((await catalogue.list(signal))[0]?.id).toBe("old");
    now = 5 * 60_000 - 1;
    expect((await catalogue.list(signal))[0]?.id).toBe("old");
    now = 5 * 60_000;
    expect((await catalogue.list(signal))[0]?.id).toBe("new");
    expect(upstream.requests).toHaveLength(2);
    await upstream.close();
  });

  it("a caller that goes away stops waiting for a slow upstream", async () => {
    const upstream = await startFakeUpstream(stall());
    const warnings: string[] = [];
    const catalogue = new ModelCatalogue({
      upstream: resolveUpstream({ baseUrl: upstream.url }, { get: () => undefined }),
      http: fetchHttpClient(),
      logger: recordingLogger(warnings),
      configured: undefined,
    });
    const controller = new AbortController();
    const listing = catalogue.list(controller.signal);
    await upstream.waitForRequest(0);
    controller.abort();
    expect(await listing).toEqual([]);
    await upstream.close();
  });
});
