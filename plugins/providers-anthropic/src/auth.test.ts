// What reaches Anthropic: POST /v1/messages with x-api-key (from ANTHROPIC_API_KEY by default),
// anthropic-version, content-type, optional anthropic-beta and static headers; checked on the
// request the fake upstream received. A missing key fails clearly, naming the variable.
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { anthropicMessage, chatBody, type Harness, harness, TEST_KEY } from "./testing/harness.js";

const ok = json(200, anthropicMessage([{ type: "text", text: "Hi!" }]));

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("authentication and headers", () => {
  it("sends x-api-key from ANTHROPIC_API_KEY, anthropic-version 2023-06-01 and JSON to /v1/messages", async () => {
    h = await harness(ok);
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    const seen = h.upstream.requests[0]!;
    expect(seen.method).toBe("POST");
    expect(seen.path).toBe("/v1/messages");
    expect(seen.headers["x-api-key"]).toBe(TEST_KEY);
    expect(seen.headers["anthropic-version"]).toBe("2023-06-01");
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(seen.headers["anthropic-beta"]).toBeUndefined();
    // Anthropic authenticates with x-api-key only: no bearer token goes out.
    expect(seen.headers.authorization).toBeUndefined();
  });

  it("takes the key from apiKeyEnv, and the version, betas and extra headers from the config", async () => {
    h = await harness(ok, {
      env: { CLAUDE_KEY: "sk-ant-other" },
      config: {
        apiKeyEnv: "CLAUDE_KEY",
        anthropicVersion: "2024-01-01",
        anthropicBeta: ["fine-grained-tool-streaming-2025-05-14", "context-1m-2025-08-07"],
        headers: { "X-Team": "search" },
      },
    });
    await h.post("/v1/chat/completions", chatBody());
    const seen = h.upstream.requests[0]!;
    expect(seen.headers["x-api-key"]).toBe("sk-ant-other");
    expect(seen.headers["anthropic-version"]).toBe("2024-01-01");
    expect(seen.headers["anthropic-beta"]).toBe(
      "fine-grained-tool-streaming-2025-05-14,context-1m-2025-08-07",
    );
    expect(seen.headers["x-team"]).toBe("search");
  });

  it("prefers an apiKey in the config and tolerates a trailing slash on baseUrl", async () => {
    h = await harness(ok, { config: { apiKey: "sk-ant-inline" }, baseUrl: (url) => `${url}/` });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(h.upstream.requests[0]!.path).toBe("/v1/messages");
    expect(h.upstream.requests[0]!.headers["x-api-key"]).toBe("sk-ant-inline");
  });

  it("fails with a clear 500 naming the variable when there is no key, without calling Anthropic", async () => {
    h = await harness(ok, { env: {} });
    expect(h.warnings.some((w) => w.includes("ANTHROPIC_API_KEY"))).toBe(true);
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.message).toContain("ANTHROPIC_API_KEY");
    expect(h.upstream.requests).toHaveLength(0);
  });

  it("records anthropic and the upstream model as what served the request", async () => {
    h = await harness(ok, { config: { modelMap: { claude: "claude-opus-4-1" } } });
    const finished = h.nextFinished();
    await h.post("/v1/chat/completions", chatBody({ model: "claude" }));
    const record = await finished;
    expect(record.annotations.servedBy).toEqual({
      provider: "anthropic",
      model: "claude-opus-4-1",
      node: "claude",
    });
    expect(h.upstream.requests[0]!.json<{ model: string }>().model).toBe("claude-opus-4-1");
  });
});
