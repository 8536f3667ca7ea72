/**
 * Authentication as the upstreams see it. Gemini API: the key in x-goog-api-key. Vertex AI: a
 * service-account JWT (RS256 via WebCrypto) exchanged at the key's token_uri — a fake endpoint
 * that verifies the signature with the matching public key — then `Authorization: Bearer`;
 * tokens are cached until shortly before expiry and concurrent requests share one exchange.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { delay, json, manualClock } from "@aigw/testkit";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { importPrivateKey } from "./auth/jwt.js";
import { endpointUrl } from "./endpoints.js";
import { resolveSettings } from "./settings.js";
import { chatBody, type Harness, harness, TEST_KEY, textAnswer } from "./testing/harness.js";
import { CLIENT_EMAIL, SCOPE, startTokenServer, type TokenServer } from "./testing/token-server.js";

const VERTEX = { api: "vertex", project: "test-project", location: "us-central1" } as const;

describe("Gemini API key", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  test("sends the key in x-goog-api-key to /v1beta/models/{model}:generateContent", async () => {
    h = await harness(json(200, textAnswer("ok")));
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    const seen = h.upstream.requests[0]!;
    expect(seen.path).toBe("/v1beta/models/gemini-2.5-flash:generateContent");
    expect(seen.headers["x-goog-api-key"]).toBe(TEST_KEY);
    expect(seen.headers.authorization).toBeUndefined();
    expect(seen.path).not.toContain("key=");
  });

  test("falls back to GOOGLE_API_KEY, or reads the variable the config names", async () => {
    h = await harness(json(200, textAnswer("ok")), { env: { GOOGLE_API_KEY: "from-google-api-key" } });
    await h.post("/v1/chat/completions", chatBody());
    expect(h.upstream.requests[0]!.headers["x-goog-api-key"]).toBe("from-google-api-key");
    await h.close();
    h = await harness(json(200, textAnswer("ok")), {
      config: { apiKeyEnv: "MY_KEY" },
      env: { MY_KEY: "mine", GEMINI_API_KEY: "not-this" },
    });
    await h.post("/v1/chat/completions", chatBody());
    expect(h.upstream.requests[0]!.headers["x-goog-api-key"]).toBe("mine");
  });

  test("a missing key is a clear error naming the variables, and nothing is sent", async () => {
    h = await harness(json(200, textAnswer("ok")), { env: {} });
    expect(h.warnings.join("\n")).toContain("GEMINI_API_KEY or GOOGLE_API_KEY");
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(500);
    expect((await response.json()).error.message).toContain(
      "No Gemini API key: set the environment variable GEMINI_API_KEY or GOOGLE_API_KEY",
    );
    expect(h.upstream.requests).toHaveLength(0);
  });

  test("model names become encoded path segments (tunedModels/... kept as a resource name)", async () => {
    const settings = resolveSettings(
      { baseUrl: "https://g.example" },
      {
        env: { get: () => "k" },
        http: undefined as never,
        clock: undefined as never,
        credentials: undefined as never,
      },
    );
    expect(await endpointUrl(settings, "gemini-2.5-flash", "streamGenerateContent")).toBe(
      "https://g.example/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
    );
    expect(await endpointUrl(settings, "tunedModels/my-model", "generateContent")).toBe(
      "https://g.example/v1beta/tunedModels/my-model:generateContent",
    );
    for (const bad of ["../../v1beta/files", "a/./b", "x?key=1", "models//x", ""]) {
      await expect(endpointUrl(settings, bad, "generateContent")).rejects.toMatchObject({
        code: "invalid_request",
        param: "model",
      });
    }
  });
});

describe("Vertex AI endpoints", () => {
  const settingsFor = (config: Record<string, unknown>) =>
    resolveSettings(config, {
      env: { get: (n: string) => (n === "T" ? "tok" : undefined) },
      http: undefined as never,
      clock: undefined as never,
      credentials: undefined as never,
    });

  test("regional and global hosts, publishers/google/models/{model}", async () => {
    expect(
      await endpointUrl(
        settingsFor({ api: "vertex", project: "p1", location: "europe-west4", accessTokenEnv: "T" }),
        "gemini-2.5-pro",
        "generateContent",
      ),
    ).toBe(
      "https://europe-west4-aiplatform.googleapis.com/v1/projects/p1/locations/europe-west4/publishers/google/models/gemini-2.5-pro:generateContent",
    );
    expect(
      await endpointUrl(
        settingsFor({ api: "vertex", project: "p1", location: "global", accessTokenEnv: "T" }),
        "gemini-2.5-pro",
        "streamGenerateContent",
      ),
    ).toBe(
      "https://aiplatform.googleapis.com/v1/projects/p1/locations/global/publishers/google/models/gemini-2.5-pro:streamGenerateContent?alt=sse",
    );
  });
});

describe("Vertex AI service account", () => {
  let tokens: TokenServer;
  let h: Harness | undefined;
  beforeAll(async () => {
    tokens = await startTokenServer();
  });
  afterAll(() => tokens.close());
  afterEach(async () => {
    await h?.close();
    h = undefined;
    tokens.verified.length = 0;
    tokens.refused.length = 0;
    tokens.issued.length = 0;
    tokens.answer = undefined;
    tokens.expiresIn = 3599;
  });
  const env = () => ({ GOOGLE_APPLICATION_CREDENTIALS_JSON: tokens.serviceAccountJson });

  test("signs a JWT the token endpoint verifies, and sends the token it gets as a bearer", async () => {
    const clock = manualClock(1_750_000_000_000);
    h = await harness(json(200, textAnswer("ok")), { config: VERTEX, env: env(), clock });
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(200);
    expect(tokens.refused).toEqual([]);
    const iat = Math.floor(clock.now() / 1000);
    expect(tokens.verified).toEqual([
      { iss: CLIENT_EMAIL, scope: SCOPE, aud: tokens.url, iat, exp: iat + 3600 },
    ]);
    const seen = h.upstream.requests[0]!;
    expect(seen.headers.authorization).toBe("Bearer ya29.test-1");
    expect(seen.headers["x-goog-api-key"]).toBeUndefined();
    expect(seen.path).toBe(
      "/v1/projects/test-project/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent",
    );
  });

  test("concurrent requests share one exchange; later requests reuse the cached token", async () => {
    tokens.answer = (n) => delay(150, json(200, { access_token: `ya29.slow-${n}`, expires_in: 3599 }));
    h = await harness(json(200, textAnswer("ok")), { config: VERTEX, env: env() });
    const gw = h;
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => gw.post("/v1/chat/completions", chatBody())),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    await gw.post("/v1/chat/completions", chatBody());
    expect(tokens.verified).toHaveLength(1);
    expect(new Set(gw.upstream.requests.map((r) => r.headers.authorization))).toEqual(
      new Set(["Bearer ya29.slow-1"]),
    );
  });

  test("refreshes the token shortly before it expires", async () => {
    const clock = manualClock(1_750_000_000_000);
    h = await harness(json(200, textAnswer("ok")), { config: VERTEX, env: env(), clock });
    await h.post("/v1/chat/completions", chatBody());
    clock.advance(50 * 60_000); // 50 min: still more than 5 min left
    await h.post("/v1/chat/completions", chatBody());
    expect(tokens.verified).toHaveLength(1);
    clock.advance(5 * 60_000); // 55 min: inside the refresh margin
    await h.post("/v1/chat/completions", chatBody());
    expect(tokens.verified).toHaveLength(2);
    expect(tokens.verified[1]!.iat).toBe(Math.floor(clock.now() / 1000));
    expect(h.upstream.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer ya29.test-1",
      "Bearer ya29.test-1",
      "Bearer ya29.test-2",
    ]);
  });

  test("a 401 from Vertex drops the token and the request is retried once with a fresh one", async () => {
    const unauthenticated = json(401, {
      error: {
        code: 401,
        message: "Request had invalid authentication credentials.",
        status: "UNAUTHENTICATED",
      },
    });
    h = await harness(
      (request) =>
        request.headers.authorization === "Bearer ya29.test-1"
          ? unauthenticated
          : json(200, textAnswer("ok")),
      { config: VERTEX, env: env() },
    );
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(200);
    expect(h.upstream.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer ya29.test-1",
      "Bearer ya29.test-2",
    ]);
    // Twice refused: the client gets Google's 401.
    h.upstream.setScript(unauthenticated);
    const refused = await h.post("/v1/chat/completions", chatBody());
    expect(refused.status).toBe(401);
    expect((await refused.json()).error).toMatchObject({
      code: "UNAUTHENTICATED",
      type: "authentication_error",
    });
  });

  test("a key that does not match: the endpoint refuses the signature, a 500 names the account", async () => {
    const other = await startTokenServer();
    try {
      // Same token_uri, another key pair: the signature cannot verify.
      const wrong = JSON.parse(other.serviceAccountJson) as Record<string, string>;
      wrong.token_uri = tokens.url;
      h = await harness(json(200, textAnswer("ok")), {
        config: VERTEX,
        env: { GOOGLE_APPLICATION_CREDENTIALS_JSON: JSON.stringify(wrong) },
      });
      const response = await h.post("/v1/chat/completions", chatBody());
      expect(response.status).toBe(500);
      const body = await response.json();
      expect(body.error.message).toBe(
        `Google refused the Vertex AI service account ${CLIENT_EMAIL} (invalid_grant: Invalid JWT Signature.).`,
      );
      expect(JSON.stringify(body)).not.toContain("PRIVATE KEY");
      expect(tokens.refused).toEqual(["Invalid JWT Signature."]);
      expect(h.upstream.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  test("a failing token endpoint is a 503; the next request exchanges again", async () => {
    tokens.answer = (n) => (n === 1 ? json(503, { error: "temporarily_unavailable" }) : undefined);
    h = await harness(json(200, textAnswer("ok")), { config: VERTEX, env: env() });
    const first = await h.post("/v1/chat/completions", chatBody());
    expect(first.status).toBe(503);
    expect((await first.json()).error.code).toBe("upstream_unavailable");
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(tokens.verified).toHaveLength(2);
  });

  test("a client that leaves while the token is fetched does not cancel the shared exchange", async () => {
    tokens.answer = (n) => delay(200, json(200, { access_token: `ya29.shared-${n}`, expires_in: 3599 }));
    h = await harness(json(200, textAnswer("ok")), { config: VERTEX, env: env() });
    const leaving = new AbortController();
    const gone = h
      .post("/v1/chat/completions", chatBody(), { signal: leaving.signal })
      .catch(() => undefined);
    const staying = h.post("/v1/chat/completions", chatBody());
    setTimeout(() => leaving.abort(), 50);
    await gone;
    expect((await staying).status).toBe(200);
    expect(tokens.verified).toHaveLength(1);
    expect(h.upstream.requests.map((r) => r.headers.authorization)).toEqual(["Bearer ya29.shared-1"]);
  });

  test("credentials from the file GOOGLE_APPLICATION_CREDENTIALS names; project from the key", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aigw-google-"));
    const file = join(dir, "sa.json");
    writeFileSync(file, tokens.serviceAccountJson);
    h = await harness(json(200, textAnswer("ok")), {
      config: { api: "vertex", location: "us-east5" },
      env: { GOOGLE_APPLICATION_CREDENTIALS: file },
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(h.upstream.requests[0]!.path).toBe(
      "/v1/projects/sa-project/locations/us-east5/publishers/google/models/gemini-2.5-flash:generateContent",
    );
    expect(h.upstream.requests[0]!.headers.authorization).toBe("Bearer ya29.test-1");
  });

  test("missing credentials: a 500 naming what to set, nothing sent", async () => {
    h = await harness(json(200, textAnswer("ok")), { config: VERTEX, env: {} });
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(500);
    expect((await response.json()).error.message).toBe(
      "No Vertex AI credentials: set the environment variable GOOGLE_APPLICATION_CREDENTIALS_JSON to a service account key JSON (or GOOGLE_APPLICATION_CREDENTIALS to its path), or credentialsFile / accessTokenEnv in this node's config.",
    );
    expect(h.upstream.requests).toHaveLength(0);
  });

  test("credentials that are not a service account key are refused clearly", async () => {
    h = await harness(json(200, textAnswer("ok")), {
      config: VERTEX,
      env: {
        GOOGLE_APPLICATION_CREDENTIALS_JSON: JSON.stringify({ type: "authorized_user", client_id: "x" }),
      },
    });
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(500);
    expect((await response.json()).error.message).toContain(
      'are of type "authorized_user"; only service_account keys are supported',
    );
  });

  test("a private key whose newlines were flattened to literal \\n still signs", async () => {
    const flattened = JSON.parse(tokens.serviceAccountJson) as Record<string, string>;
    flattened.private_key = flattened.private_key!.replace(/\n/g, "\\n");
    h = await harness(json(200, textAnswer("ok")), {
      config: VERTEX,
      env: { GOOGLE_APPLICATION_CREDENTIALS_JSON: JSON.stringify(flattened) },
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(tokens.verified).toHaveLength(1);
  });

  test("a PKCS#1 key is refused with a message saying so", async () => {
    await expect(
      importPrivateKey("-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----"),
    ).rejects.toThrow("PKCS#1");
  });

  test("a ready access token from accessTokenEnv is sent as is", async () => {
    h = await harness(json(200, textAnswer("ok")), {
      config: { ...VERTEX, accessTokenEnv: "VERTEX_TOKEN" },
      env: { VERTEX_TOKEN: "ya29.from-gcloud" },
    });
    await h.post("/v1/chat/completions", chatBody());
    expect(h.upstream.requests[0]!.headers.authorization).toBe("Bearer ya29.from-gcloud");
    expect(tokens.verified).toHaveLength(0);
  });
});
