// /v1/models: the configured ids, or Anthropic's GET /v1/models (x-api-key and
// anthropic-version sent, created_at turned into Unix seconds), cached; failures list nothing.
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, harness, TEST_KEY } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const LIST = {
  data: [
    {
      type: "model",
      id: "claude-sonnet-4-5-20250929",
      display_name: "Claude Sonnet 4.5",
      created_at: "2025-09-29T00:00:00Z",
    },
    {
      type: "model",
      id: "claude-haiku-4-5-20251001",
      display_name: "Claude Haiku 4.5",
      created_at: "not a date",
    },
    { type: "model", display_name: "no id" },
  ],
  has_more: false,
  first_id: "claude-sonnet-4-5-20250929",
  last_id: "claude-haiku-4-5-20251001",
};

describe("/v1/models", () => {
  it("lists the configured models without asking Anthropic", async () => {
    h = await harness(json(500, {}), { config: { models: ["claude-sonnet-4-5", "claude-opus-4-1"] } });
    const body = await (await h.get("/v1/models")).json();
    expect(body.data).toEqual([
      { id: "claude-sonnet-4-5", object: "model", created: 0, owned_by: "anthropic" },
      { id: "claude-opus-4-1", object: "model", created: 0, owned_by: "anthropic" },
    ]);
    expect(h.upstream.requests).toHaveLength(0);
  });

  it("lists Anthropic's models, authenticated, once per cache period", async () => {
    h = await harness(json(200, LIST));
    const body = await (await h.get("/v1/models")).json();
    expect(body.data).toEqual([
      { id: "claude-sonnet-4-5-20250929", object: "model", created: 1_759_104_000, owned_by: "anthropic" },
      { id: "claude-haiku-4-5-20251001", object: "model", created: 0, owned_by: "anthropic" },
    ]);
    await h.get("/v1/models");
    expect(h.upstream.requests).toHaveLength(1);
    const seen = h.upstream.requests[0]!;
    expect(seen.method).toBe("GET");
    expect(seen.path).toBe("/v1/models?limit=1000");
    expect(seen.headers["x-api-key"]).toBe(TEST_KEY);
    expect(seen.headers["anthropic-version"]).toBe("2023-06-01");
  });

  it("lists nothing and warns when Anthropic fails", async () => {
    h = await harness(
      json(401, { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } }),
    );
    const res = await h.get("/v1/models");
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual([]);
    expect(h.warnings.some((w) => w.includes("HTTP 401"))).toBe(true);
  });
});
