/**
 * Auth and errors, checked on what the fake upstream received and what the client got: the
 * bearer key from CO_API_KEY (then COHERE_API_KEY, or the configured variable or key), extra
 * headers, a missing key named clearly and never sent; Cohere's error statuses kept (429 with
 * retry-after, 503 overload, 498 as 401, 499), connection failures as 503, keys never leaked;
 * unsupported endpoints refused; configured models listed.
 */
import { json, reset, text } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, cohereText, type Harness, harness, TEST_KEY } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("auth", () => {
  it("sends the CO_API_KEY key as a bearer token, with JSON headers, X-Client-Name and extra headers", async () => {
    h = await harness(json(200, cohereText("ok")), {
      config: { clientName: "aigw-tests", headers: { "X-Trace": "t-1" } },
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    const headers = h.upstream.requests[0]!.headers;
    expect(headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(headers["content-type"]).toBe("application/json");
    expect(headers.accept).toBe("application/json");
    expect(headers["x-client-name"]).toBe("aigw-tests");
    expect(headers["x-trace"]).toBe("t-1");
  });

  it.each([
    ["COHERE_API_KEY when CO_API_KEY is unset", {}, { COHERE_API_KEY: "from-cohere-var" }, "from-cohere-var"],
    ["CO_API_KEY before COHERE_API_KEY", {}, { CO_API_KEY: "first", COHERE_API_KEY: "second" }, "first"],
    [
      "the configured variable",
      { apiKeyEnv: "MY_COHERE" },
      { MY_COHERE: "mine", CO_API_KEY: "not-this" },
      "mine",
    ],
    ["the configured key", { apiKey: "inline-key" }, {}, "inline-key"],
  ])("reads %s", async (_name, config, env, key) => {
    h = await harness(json(200, cohereText("ok")), { config, env });
    await h.post("/v1/chat/completions", chatBody());
    expect(h.upstream.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
  });

  it("names the variables to set when no key is found, and calls nobody", async () => {
    h = await harness(json(200, cohereText("ok")), { env: {} });
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(500);
    expect((await res.json()).error.message).toContain("CO_API_KEY or COHERE_API_KEY");
    expect(h.upstream.requests).toHaveLength(0);
    expect(h.warnings.join("\n")).toContain("CO_API_KEY");
  });

  it("names only the configured variable when it is unset", async () => {
    h = await harness(json(200, cohereText("ok")), {
      config: { apiKeyEnv: "TEAM_COHERE_KEY" },
      env: { CO_API_KEY: "x" },
    });
    const res = await h.post("/v1/chat/completions", chatBody());
    expect((await res.json()).error.message).toContain("TEAM_COHERE_KEY");
  });
});

describe("errors", () => {
  it.each([
    [400, 400, "invalid_request"],
    [401, 401, "unauthorized"],
    [404, 404, "not_found"],
    [422, 422, "invalid_request"],
    [429, 429, "rate_limited"],
    [498, 401, "unauthorized"],
    [499, 499, "client_closed"],
    [500, 500, "upstream_error"],
    [501, 501, "upstream_error"],
    [503, 503, "upstream_unavailable"],
    [504, 504, "upstream_timeout"],
  ])("Cohere's %i comes back as %i %s with Cohere's message", async (status, expected, code) => {
    h = await harness(json(status, { id: "err-1", message: `cohere says ${status}` }));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(expected);
    const body = await res.json();
    expect(body.error).toMatchObject({ message: `cohere says ${status}`, code });
  });

  it("keeps retry-after on a 429 so clients and routers can back off", async () => {
    h = await harness(
      json(429, { message: "You are using a Trial key, which is limited" }, { "retry-after": "7" }),
    );
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
  });

  it("keeps a plain-text error body as the message", async () => {
    h = await harness(text(502, "Bad Gateway from the edge"));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(502);
    expect((await res.json()).error.message).toContain("Bad Gateway from the edge");
  });

  it("turns a connection failure into 503 upstream_unavailable without leaking the key", async () => {
    h = await harness(reset());
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe("upstream_unavailable");
    expect(JSON.stringify(body)).not.toContain(TEST_KEY);
  });

  it.each([
    ["/v1/completions", { model: "command-a-03-2025", prompt: "Hi" }, "completions"],
    ["/v1/images/generations", { model: "command-a-03-2025", prompt: "a cat" }, "images.generations"],
  ])("refuses %s with a 400 naming the endpoint", async (path, body, endpoint) => {
    h = await harness(json(200, cohereText("never")));
    const res = await h.post(path, body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe(`Cohere does not support ${endpoint}.`);
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe("models", () => {
  it("lists the configured models", async () => {
    h = await harness(json(200, {}), { config: { models: ["command-a-03-2025", "embed-v4.0"] } });
    const res = await h.get("/v1/models");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.map((m: { id: string; owned_by: string }) => [m.id, m.owned_by])).toEqual([
      ["command-a-03-2025", "cohere"],
      ["embed-v4.0", "cohere"],
    ]);
  });
});
