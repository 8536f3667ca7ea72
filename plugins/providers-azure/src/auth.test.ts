// Authentication, checked on what the fake Azure and the fake Microsoft Entra ID token endpoint
// received: the api-key header, a static bearer token, and client-credentials tokens (the token
// request itself, caching until shortly before expiry, single-flight, renewal, a refused token).
import {
  chatCompletion,
  delay,
  type FakeUpstream,
  json,
  manualClock,
  startFakeUpstream,
} from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { REFRESH_MARGIN_MS } from "./entra-token.js";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
let idp: FakeUpstream | undefined;
afterEach(async () => {
  await h?.close();
  await idp?.close();
  h = undefined;
  idp = undefined;
});

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const CLIENT = "11111111-2222-3333-4444-555555555555";
const SECRET = "s3cr3t~value";

/** A fake token endpoint handing out tok-0, tok-1... valid for an hour. */
async function tokenEndpoint(delayMs = 0): Promise<FakeUpstream> {
  return startFakeUpstream((_request, index) =>
    delay(
      delayMs,
      json(200, {
        token_type: "Bearer",
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: `tok-${index}`,
      }),
    ),
  );
}

function entraConfig(authorityHost: string) {
  return { entra: { tenantId: TENANT, clientId: CLIENT, authorityHost } };
}

describe("api-key", () => {
  it("reads the key from apiKeyEnv", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { apiKeyEnv: "MY_AZURE_KEY" },
      env: { MY_AZURE_KEY: "k-123", AZURE_OPENAI_API_KEY: "wrong" },
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(h.upstream.requests[0]!.headers["api-key"]).toBe("k-123");
  });

  it("a missing key warns at boot and fails calls with internal_error naming the variable", async () => {
    h = await harness(json(200, chatCompletion()), { env: {} });
    expect(h.warnings.some((w) => w.includes("AZURE_OPENAI_API_KEY"))).toBe(true);
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("internal_error");
    expect(body.error.message).toContain("AZURE_OPENAI_API_KEY");
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe("static bearer token", () => {
  it("sends the token from bearerTokenEnv as Authorization, and no api-key", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { bearerTokenEnv: "AOAI_TOKEN" },
      env: { AOAI_TOKEN: "eyJ0eXAi.static", AZURE_OPENAI_API_KEY: "unused" },
    });
    await h.post("/v1/chat/completions", chatBody());
    expect(h.upstream.requests[0]!.headers.authorization).toBe("Bearer eyJ0eXAi.static");
    expect(h.upstream.requests[0]!.headers["api-key"]).toBeUndefined();
  });

  it("auth: bearer defaults to AZURE_OPENAI_AD_TOKEN", async () => {
    h = await harness(json(200, chatCompletion()), { config: { auth: "bearer" }, env: {} });
    expect(h.warnings.some((w) => w.includes("AZURE_OPENAI_AD_TOKEN"))).toBe(true);
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(500);
  });
});

describe("Microsoft Entra ID client credentials", () => {
  it("exchanges the client credentials for a Cognitive Services token and sends it as a bearer", async () => {
    idp = await tokenEndpoint();
    h = await harness(json(200, chatCompletion()), {
      config: entraConfig(idp.url),
      env: { AZURE_CLIENT_SECRET: SECRET },
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(h.upstream.requests[0]!.headers.authorization).toBe("Bearer tok-0");
    expect(h.upstream.requests[0]!.headers["api-key"]).toBeUndefined();
    const tokenRequest = idp.requests[0]!;
    expect(tokenRequest.method).toBe("POST");
    expect(tokenRequest.path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(tokenRequest.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(tokenRequest.text()))).toEqual({
      grant_type: "client_credentials",
      client_id: CLIENT,
      client_secret: SECRET,
      scope: "https://cognitiveservices.azure.com/.default",
    });
  });

  it("takes tenant, client and secret from AZURE_TENANT_ID, AZURE_CLIENT_ID and clientSecretEnv", async () => {
    idp = await tokenEndpoint();
    h = await harness(json(200, chatCompletion()), {
      config: { auth: "entra-id", entra: { authorityHost: idp.url, clientSecretEnv: "APP_SECRET" } },
      env: { AZURE_TENANT_ID: "contoso.onmicrosoft.com", AZURE_CLIENT_ID: "app-1", APP_SECRET: "x" },
    });
    await h.post("/v1/chat/completions", chatBody());
    expect(idp.requests[0]!.path).toBe("/contoso.onmicrosoft.com/oauth2/v2.0/token");
    expect(new URLSearchParams(idp.requests[0]!.text()).get("client_id")).toBe("app-1");
  });

  it("caches the token, and concurrent first calls share one token request (single-flight)", async () => {
    idp = await tokenEndpoint(150);
    h = await harness(json(200, chatCompletion()), {
      config: entraConfig(idp.url),
      env: { AZURE_CLIENT_SECRET: SECRET },
    });
    const first = await Promise.all(
      Array.from({ length: 8 }, () => h!.post("/v1/chat/completions", chatBody())),
    );
    expect(first.map((r) => r.status)).toEqual(Array(8).fill(200));
    await h.post("/v1/chat/completions", chatBody());
    expect(idp.requests).toHaveLength(1);
    expect(h.upstream.requests.map((r) => r.headers.authorization)).toEqual(Array(9).fill("Bearer tok-0"));
  });

  it("renews the token shortly before it expires", async () => {
    idp = await tokenEndpoint();
    const clock = manualClock();
    h = await harness(json(200, chatCompletion()), {
      config: entraConfig(idp.url),
      env: { AZURE_CLIENT_SECRET: SECRET },
      clock,
    });
    await h.post("/v1/chat/completions", chatBody());
    // Still more than the margin left: the cached token.
    clock.advance(3599_000 - REFRESH_MARGIN_MS - 1_000);
    await h.post("/v1/chat/completions", chatBody());
    expect(idp.requests).toHaveLength(1);
    // Inside the margin: a new one.
    clock.advance(2_000);
    await h.post("/v1/chat/completions", chatBody());
    expect(idp.requests).toHaveLength(2);
    expect(h.upstream.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer tok-0",
      "Bearer tok-0",
      "Bearer tok-1",
    ]);
  });

  it("drops a token Azure refuses (401), so the next call fetches a new one", async () => {
    idp = await tokenEndpoint();
    let calls = 0;
    h = await harness(
      () =>
        calls++ === 0
          ? json(401, { error: { code: "PermissionDenied", message: "Token is expired." } })
          : json(200, chatCompletion()),
      { config: entraConfig(idp.url), env: { AZURE_CLIENT_SECRET: SECRET } },
    );
    const refused = await h.post("/v1/chat/completions", chatBody());
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      error: { message: "Token is expired.", code: "PermissionDenied" },
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
    expect(h.upstream.requests[1]!.headers.authorization).toBe("Bearer tok-1");
  });

  it("a refused token request is a 500 with Entra's reason, never the secret; a down token endpoint a 503", async () => {
    idp = await startFakeUpstream(
      json(401, {
        error: "invalid_client",
        error_description:
          "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 0000\r\nCorrelation ID: 1111",
        error_codes: [7000215],
      }),
    );
    h = await harness(json(200, chatCompletion()), {
      config: entraConfig(idp.url),
      env: { AZURE_CLIENT_SECRET: SECRET },
    });
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain("invalid_client");
    expect(text).toContain("AADSTS7000215: Invalid client secret provided.");
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("Trace ID");
    expect(h.upstream.requests).toHaveLength(0);
    await idp.close();
    // The same node, its identity provider gone: unavailable, so a router can move on.
    const down = await h.post("/v1/chat/completions", chatBody());
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error: { code: "upstream_unavailable" } });
  });

  it("incomplete credentials warn at boot and name what is missing", async () => {
    h = await harness(json(200, chatCompletion()), { config: { auth: "entra-id" }, env: {} });
    const warning = h.warnings.join("\n");
    expect(warning).toContain("AZURE_TENANT_ID");
    expect(warning).toContain("AZURE_CLIENT_ID");
    expect(warning).toContain("AZURE_CLIENT_SECRET");
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(500);
  });
});
