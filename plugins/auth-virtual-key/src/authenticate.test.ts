// The request hook on its own: which header wins, and the hand-off to a key's default config
// (the engine runs the request again in that config, where the principal is already set and the
// key is not looked up again).

import type { HookContext, RequestAnnotations } from "@aigw/plugin-api";
import { capturingLogger, manualClock } from "@aigw/testkit";
import { describe, expect, it } from "vitest";
import { authenticator, presentedKey } from "./authenticate.js";
import { Directory } from "./directory.js";
import { hashSecret, hintOf } from "./secrets.js";

describe("presentedKey", () => {
  it("reads Bearer (any case), then api-key, then x-api-key", () => {
    expect(presentedKey(new Headers({ authorization: "bearer  k1 " }))).toBe("k1");
    expect(presentedKey(new Headers({ authorization: "Basic x", "api-key": "k2" }))).toBe("k2");
    expect(presentedKey(new Headers({ "x-api-key": "k3" }))).toBe("k3");
    expect(presentedKey(new Headers({ authorization: "Bearer " }))).toBeUndefined();
    expect(presentedKey(new Headers())).toBeUndefined();
  });
});

describe("the key's default config", () => {
  const clock = manualClock(0);
  const directory = new Directory(undefined, capturingLogger());
  const secret = "sk-aigw-test-secret";
  directory.apply(
    "key",
    "k1",
    {
      id: "k1",
      name: "k",
      secrets: [{ hash: hashSecret(secret), hint: hintOf(secret) }],
      defaultConfig: "cheap",
      configs: ["batch"],
      createdAt: 0,
      updatedAt: 0,
    },
    directory.nextSequence(),
  );
  const hook = authenticator(directory, clock);
  const context = (config: string) => {
    const annotations = { route: [], guardrails: [], tags: {} } as RequestAnnotations;
    const ctx = {
      config,
      annotations,
      request: {
        endpoint: "chat.completions",
        path: "/v1/chat/completions",
        model: "m",
        headers: new Headers({ authorization: `Bearer ${secret}` }),
      },
    } as unknown as HookContext;
    return { ctx, annotations };
  };

  it("hands a request that chose no config to the key's default one, with its principal set", () => {
    const { ctx, annotations } = context("default");
    expect(hook(ctx)).toEqual({ kind: "handoff", config: "cheap" });
    expect(annotations.principal?.keyId).toBe("k1");
  });

  it("runs the request where it is once in the default config or another allowed one", () => {
    expect(hook(context("cheap").ctx)).toBeUndefined();
    expect(hook(context("batch").ctx)).toBeUndefined();
    expect(hook(context("premium").ctx)).toMatchObject({ kind: "deny", code: "forbidden" });
  });

  it("goes on without a second lookup once the principal is set (the request was handed over)", () => {
    const first = context("default");
    expect(hook(first.ctx)).toEqual({ kind: "handoff", config: "cheap" });
    const principal = first.annotations.principal;
    // The handed-over request, its key revoked in between: the verdict of the first plan stands.
    const handed = context("cheap");
    handed.annotations.principal = principal;
    directory.apply("key", "k1", undefined, directory.nextSequence());
    expect(hook(handed.ctx)).toBeUndefined();
    expect(handed.annotations.principal).toBe(principal);
    // A request that was not handed over still finds the key gone.
    expect(hook(context("cheap").ctx)).toMatchObject({ kind: "deny", code: "unauthorized" });
  });
});
