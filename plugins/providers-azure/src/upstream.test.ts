// Where calls go: the deployment a model maps to, the api-version, the v1 API, the resource
// endpoint forms; the client's bytes forwarded untouched (model kept: deployment URLs ignore it).
import { chatCompletion, embeddingResponse, json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";
import { DEFAULT_API_VERSION, resolveUpstream } from "./upstream.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const encoder = new TextEncoder();

describe("resolveUpstream", () => {
  it("builds the endpoint from the resource name, or takes it as given (trailing slash dropped)", () => {
    expect(resolveUpstream({ resource: "contoso" }).baseUrl).toBe("https://contoso.openai.azure.com/openai");
    expect(resolveUpstream({ endpoint: "https://contoso.openai.azure.com/" }).baseUrl).toBe(
      "https://contoso.openai.azure.com/openai",
    );
    // baseUrl replaces {endpoint}/openai (an API Management API mounted under its own path).
    expect(resolveUpstream({ resource: "contoso", baseUrl: "https://apim.example.net/aoai/" }).baseUrl).toBe(
      "https://apim.example.net/aoai",
    );
    expect(() => resolveUpstream({})).toThrow(/endpoint/);
  });

  it("maps models to deployments: the map, then the fixed deployment, then the model's own name", () => {
    const mapped = resolveUpstream({ resource: "r", deployments: { "gpt-4o": "prod-4o" } });
    expect(mapped.deploymentFor("gpt-4o")).toBe("prod-4o");
    expect(mapped.deploymentFor("gpt-4o-mini")).toBe("gpt-4o-mini");
    expect(mapped.deploymentFor(undefined)).toBeUndefined();
    expect(mapped.deploymentFor("toString")).toBe("toString");
    const fixed = resolveUpstream({ resource: "r", deployment: "default", deployments: { a: "b" } });
    expect(fixed.deploymentFor("a")).toBe("b");
    expect(fixed.deploymentFor("anything")).toBe("default");
    expect(fixed.deploymentFor(undefined)).toBe("default");
  });

  it("puts the deployment (escaped) in the path with the api-version, or uses the v1 API", () => {
    const dated = resolveUpstream({ resource: "r" });
    expect(dated.apiVersion).toBe(DEFAULT_API_VERSION);
    expect(dated.urlFor("embeddings", "my deploy/1")).toBe(
      "https://r.openai.azure.com/openai/deployments/my%20deploy%2F1/embeddings?api-version=2024-10-21",
    );
    expect(
      resolveUpstream({ resource: "r", apiVersion: "2025-04-01-preview" }).urlFor("audio.speech", "tts"),
    ).toBe("https://r.openai.azure.com/openai/deployments/tts/audio/speech?api-version=2025-04-01-preview");
    const v1 = resolveUpstream({ resource: "r", apiVersion: "v1" });
    expect(v1.v1).toBe(true);
    expect(v1.urlFor("chat.completions", "prod-4o")).toBe(
      "https://r.openai.azure.com/openai/v1/chat/completions",
    );
  });
});

describe("calls through the engine", () => {
  it("posts the client's exact bytes to the mapped deployment with the api-key and returns Azure's text", async () => {
    const answer = JSON.stringify(
      { ...chatCompletion({ content: "Hello" }), prompt_filter_results: [] },
      null,
      1,
    );
    h = await harness(json(200, answer), { config: { deployments: { "gpt-4o": "prod-4o" } } });
    const sent = '{ "model":"gpt-4o",  "messages":[{"role":"user","content":"Hi"}] }';
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", sent);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(answer);
    const recorded = h.upstream.requests[0]!;
    expect(recorded.method).toBe("POST");
    expect(recorded.path).toBe("/openai/deployments/prod-4o/chat/completions?api-version=2024-10-21");
    expect(recorded.body).toEqual(encoder.encode(sent));
    expect(recorded.headers["api-key"]).toBe("azure-test-key");
    expect(recorded.headers.authorization).toBeUndefined();
    expect(recorded.headers["content-type"]).toBe("application/json");
    const record = await finished;
    expect(record.annotations.usage).toEqual({ prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 });
    expect(record.annotations.servedBy).toEqual({ provider: "azure", model: "gpt-4o", node: "azure" });
    expect(record.tags.deployment).toBe("prod-4o");
  });

  it("sends a model without a mapping to the fixed deployment, and honours a configured api-version", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { deployment: "catch-all", apiVersion: "2025-04-01-preview" },
    });
    await h.post("/v1/chat/completions", chatBody({ model: "whatever" }));
    expect(h.upstream.requests[0]!.path).toBe(
      "/openai/deployments/catch-all/chat/completions?api-version=2025-04-01-preview",
    );
  });

  it("routes embeddings to their own deployment", async () => {
    h = await harness(json(200, embeddingResponse([[0.1, 0.2]])), {
      config: { deployments: { "text-embedding-3-small": "embed-prod" } },
    });
    const res = await h.post("/v1/embeddings", { model: "text-embedding-3-small", input: "hi" });
    expect(res.status).toBe(200);
    expect(h.upstream.requests[0]!.path).toBe(
      "/openai/deployments/embed-prod/embeddings?api-version=2024-10-21",
    );
  });

  it("v1 API: no api-version, the deployment sent as the body's model", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { apiVersion: "v1", deployments: { "gpt-4o": "prod-4o" } },
    });
    await h.post("/v1/chat/completions", chatBody({ x_extra: 1 }));
    const recorded = h.upstream.requests[0]!;
    expect(recorded.path).toBe("/openai/v1/chat/completions");
    expect(recorded.json()).toEqual(chatBody({ model: "prod-4o", x_extra: 1 }));
  });

  it("a baseUrl replaces {endpoint}/openai", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: (url) => ({ endpoint: undefined, resource: "ignored", baseUrl: `${url}/proxy/aoai` }),
    });
    await h.post("/v1/chat/completions", chatBody());
    expect(h.upstream.requests[0]!.path).toBe(
      "/proxy/aoai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
    );
  });

  it("sends static extra headers", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { headers: { "Ocp-Apim-Subscription-Key": "sub" } },
    });
    await h.post("/v1/chat/completions", chatBody());
    expect(h.upstream.requests[0]!.headers["ocp-apim-subscription-key"]).toBe("sub");
  });

  it("answers 400 when nothing names a deployment", async () => {
    h = await harness(json(200, chatCompletion()));
    const res = await h.post("/v1/chat/completions", { messages: [{ role: "user", content: "Hi" }] });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { param: "model" } });
    expect(h.upstream.requests).toHaveLength(0);
  });

  it("lists the configured models, or the models of the deployments map", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { deployments: { "gpt-4o": "a", "o3-mini": "b" } },
    });
    const res = await h.gateway.fetch(new Request("http://gateway.test/v1/models"));
    const ids = ((await res.json()) as { data: { id: string }[] }).data.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["gpt-4o", "o3-mini"]));
  });
});
