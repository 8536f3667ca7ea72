/**
 * Hand-off: a request node hands the request to another named config, which runs it from its
 * start with the annotations written so far (the principal above all), so its own auth node
 * sees it already ran. Later nodes of the first plan are aborted as for an early answer; the
 * record names the config that answered; a hand-off to the running config is a plain continue;
 * a second hand-off and an unknown config are errors that name the configs.
 */
import { definePlugin, handOff, type Principal, type RequestStep } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { createGateway } from "../gateway.js";
import { silentLogger } from "../testing/harness.js";
import { type Journal, newJournal, testPlugins } from "../testing/probe-plugins.js";

interface KeyAuthConfig {
  /** The config the key's requests go to (as a key's default config would). */
  handTo?: string;
  /** Hand over even when a principal is already there (a misbehaving plugin). */
  always?: boolean;
}

/** An auth node as a virtual-key plugin would be: resolves the caller once, then hands over. */
function keyAuth(journal: Journal) {
  return definePlugin({
    manifest: {
      name: "key-auth",
      kind: "auth",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["request"],
      configSchema: {
        type: "object",
        additionalProperties: false,
        properties: { handTo: { type: "string" }, always: { type: "boolean" } },
      },
    },
    create: (config: KeyAuthConfig, init) => ({
      async request(ctx): Promise<RequestStep> {
        const seen = ctx.annotations.principal;
        journal.events.push(`${ctx.config}/${init.node}:${seen ? `seen ${seen.keyId}` : "auth"}`);
        if (seen && !config.always) return undefined;
        const principal: Principal = { keyId: "key-1", team: "red" };
        ctx.annotations.principal = principal;
        ctx.annotations.tags.authenticated = true;
        return config.handTo ? handOff(config.handTo) : undefined;
      },
    }),
  });
}

const chatRequest = (headers: Record<string, string> = {}) =>
  new Request("http://gw/v1/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
  });

async function gateway(config: unknown) {
  const journal = newJournal();
  const g = await createGateway({
    config,
    plugins: [...testPlugins(journal), keyAuth(journal)],
    services: { logger: silentLogger() },
  });
  return { g, journal };
}

const provider = (reply: string) => ({ id: "llm", plugin: "scripted-provider", config: { reply } });
const log = (id = "log") => ({ id, plugin: "probe" });

describe("hand-off to a named config", () => {
  test("runs the named config from its start, with the principal, and records that config", async () => {
    const { g, journal } = await gateway({
      pipeline: {
        nodes: [
          { id: "auth", plugin: "key-auth", config: { handTo: "team" } },
          { id: "after", plugin: "probe", needs: ["auth"], config: { delayMs: 50 } },
          log("main-log"),
          provider("main"),
        ],
      },
      configs: {
        team: {
          nodes: [
            { id: "auth", plugin: "key-auth", config: { handTo: "elsewhere" } },
            { id: "guard", plugin: "probe", needs: ["auth"] },
            log("team-log"),
            provider("team"),
          ],
        },
      },
    });
    const response = await g.fetch(chatRequest());
    expect(response.status).toBe(200);
    expect((await response.json()).choices[0].message.content).toBe("team");
    await g.idle();
    // The first plan's later node never ran; the team plan's auth saw the principal and went on.
    expect(journal.events).toContain("default/auth:auth");
    expect(journal.events).toContain("team/auth:seen key-1");
    expect(journal.events).not.toContain("after:request");
    expect(journal.events).toContain("guard:request");
    // The team config's observers see the request, and the record names the team config.
    expect(journal.finished.has("main-log")).toBe(false);
    const record = journal.finished.get("team-log")!;
    expect(record.config).toBe("team");
    expect(record.annotations.principal).toMatchObject({ keyId: "key-1", team: "red" });
    expect(record).toMatchObject({ keyId: "key-1", team: "red" });
    // Both auth steps are timed: the one that handed over, and the one that went on.
    expect(record.timings.nodes.filter((t) => t.node === "auth").map((t) => t.outcome)).toEqual([
      "ended",
      "ok",
    ]);
    expect(record.annotations.tags.authenticated).toBe(true);
    await g.close();
  });

  test("nodes that ran beside the handing node and ended later are aborted, as for an early answer", async () => {
    const { g, journal } = await gateway({
      pipeline: {
        nodes: [
          { id: "auth", plugin: "key-auth", config: { handTo: "team" } },
          { id: "slow", plugin: "probe", config: { delayMs: 5_000 } },
          provider("main"),
        ],
      },
      configs: { team: { nodes: [provider("team")] } },
    });
    const response = await g.fetch(chatRequest());
    expect((await response.json()).choices[0].message.content).toBe("team");
    expect(journal.events).toContain("slow:aborted");
    await g.close();
  });

  test("a hand-off to the config already running is a plain continue", async () => {
    const { g, journal } = await gateway({
      pipeline: {
        nodes: [{ id: "auth", plugin: "key-auth", config: { handTo: "default" } }, log(), provider("main")],
      },
    });
    const response = await g.fetch(chatRequest());
    expect((await response.json()).choices[0].message.content).toBe("main");
    await g.idle();
    expect(journal.events.filter((e) => e.endsWith("auth:auth"))).toHaveLength(1);
    const record = journal.finished.get("log")!;
    expect(record.config).toBe("default");
    expect(record.timings.nodes.find((t) => t.node === "auth")?.outcome).toBe("ok");
    await g.close();
  });

  test("a hand-off from a config chosen by the override header goes where the node says", async () => {
    const { g } = await gateway({
      pipeline: { nodes: [provider("main")] },
      configs: {
        canary: {
          nodes: [{ id: "auth", plugin: "key-auth", config: { handTo: "team" } }, provider("canary")],
        },
        team: { nodes: [provider("team")] },
      },
    });
    const response = await g.fetch(chatRequest({ "x-aigw-config": "canary" }));
    expect((await response.json()).choices[0].message.content).toBe("team");
    await g.close();
  });

  test("a second hand-off is an error naming the configs, logged by the config it reached", async () => {
    const { g, journal } = await gateway({
      pipeline: { nodes: [{ id: "auth", plugin: "key-auth", config: { handTo: "a" } }, provider("main")] },
      configs: {
        a: {
          nodes: [
            { id: "auth", plugin: "key-auth", config: { handTo: "b", always: true } },
            log("a-log"),
            provider("a"),
          ],
        },
        b: { nodes: [provider("b")] },
      },
    });
    const response = await g.fetch(chatRequest());
    expect(response.status).toBe(500);
    const { error } = await response.json();
    expect(error.code).toBe("plugin_failed");
    expect(error.type).toBe("server_error");
    expect(error.message).toContain('to config "b"');
    expect(error.message).toContain('from "default" to "a"');
    await g.idle();
    expect(journal.finished.get("a-log")?.config).toBe("a");
    await g.close();
  });

  test("a config the gateway does not have is a 500 naming it and the configs there are", async () => {
    const { g } = await gateway({
      pipeline: { nodes: [{ id: "auth", plugin: "key-auth", config: { handTo: "gone" } }, provider("main")] },
      configs: { team: { nodes: [provider("team")] } },
    });
    const response = await g.fetch(chatRequest());
    expect(response.status).toBe(500);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "plugin_failed", type: "server_error" });
    expect(error.message).toContain('config "gone"');
    expect(error.message).toContain("default, team");
    await g.close();
  });

  test("an earlier node that ends the request wins over a later hand-off", async () => {
    const { g } = await gateway({
      pipeline: {
        nodes: [
          { id: "deny", plugin: "probe", config: { action: "deny", delayMs: 20 } },
          { id: "auth", plugin: "key-auth", config: { handTo: "team" } },
          provider("main"),
        ],
      },
      configs: { team: { nodes: [provider("team")] } },
    });
    const response = await g.fetch(chatRequest());
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("denied by deny");
    await g.close();
  });
});
