/**
 * The shared cases of a provider node that names a vault `credential` instead of an API key
 * variable, run by every provider against its own fake upstream through the real engine: the
 * vault's value is what the upstream receives, a rotated value is used from the next request on,
 * a credential that is not there (or no vault at all) is a clear 500 naming it and the node, the
 * secret never leaves in a log line, an error body or a request record, and `credential` with
 * another way of giving the key is a boot error at that field's path.
 */
import { inspect } from "node:util";
import { createGateway } from "@aigw/engine";
import { afterEach, describe, expect, test } from "vitest";
import { capturingLogger, type LogEntry } from "../logs.js";
import { type ObservedRequest, type ProviderHarness, startProviderHarness } from "../provider-harness.js";
import type { RecordedRequest } from "../recorded.js";
import { bytes, type Reply } from "../replies.js";
import type { ProviderConformance } from "./types.js";

const NODE = "llm";

/** A recognisable secret, different on every call (so a leak can be searched for). */
function secret(tag: string): string {
  return `vault-secret-${tag}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Everything in `value`, errors' messages, stacks and causes included, as one searchable text. */
function textOf(value: unknown): string {
  return inspect(value, { depth: null, maxArrayLength: null, maxStringLength: null, breakLength: Infinity });
}

export function describeCredentialConformance(suite: ProviderConformance): void {
  const cred = suite.credential;
  if (!cred) throw new Error(`${suite.name} has no credential settings for the credential suite`);
  const model = suite.model ?? "test-model";
  const store = cred.store ?? ((value: string) => ({ value, sent: value }));
  const chat = (stream = false) => ({ model, messages: [{ role: "user", content: "Hello" }], stream });

  describe(`provider credentials from the vault: ${suite.name}`, () => {
    let h: ProviderHarness | undefined;
    afterEach(async () => {
      await h?.close();
      h = undefined;
    });

    const start = (
      next: () => Reply,
      options: { vault?: Map<string, string>; name?: string; logs?: LogEntry[] } = {},
    ) =>
      startProviderHarness(() => next(), {
        plugin: suite.plugin,
        nodeId: NODE,
        config: (url) => cred.nodeConfig(url, options.name ?? "upstream-key"),
        env: cred.env ?? {},
        credentials: options.vault,
        logger: options.logs ? capturingLogger(options.logs) : undefined,
      });

    const ok = () => suite.wire.text("Hi there.", { input: 3, output: 2 }, "stop");

    test("sends the vault's value upstream, and a rotated value from the next request on", async () => {
      const first = store(secret("first"));
      const second = store(secret("second"));
      const vault = new Map([["upstream-key", first.value]]);
      h = await start(ok, { vault });
      expect((await h.post("/v1/chat/completions", chat())).status).toBe(200);
      vault.set("upstream-key", second.value);
      expect((await h.post("/v1/chat/completions", chat())).status).toBe(200);
      expect(h.upstream.requests.map((r: RecordedRequest) => cred.sent(r))).toEqual([
        first.sent,
        second.sent,
      ]);
    });

    test.each([
      ["the vault has no such credential", true, "The credential vault has no credential"],
      ["no vault is configured", false, "No credential vault is configured"],
    ])("fails with a 500 naming the credential and the node when %s", async (_title, withVault, start_) => {
      h = await start(ok, { vault: withVault ? new Map([["other", store(secret("x")).value]]) : undefined });
      const response = await h.post("/v1/chat/completions", chat());
      expect(response.status).toBe(500);
      const body = (await response.json()) as { error: Record<string, unknown> };
      expect(body.error).toMatchObject({ type: "server_error", code: "internal_error" });
      expect(body.error.message).toContain(start_);
      expect(body.error.message).toContain('"upstream-key"');
      expect(body.error.message).toContain(`"${NODE}"`);
      expect(h.upstream.requests).toHaveLength(0);
    });

    test("never lets the secret out: not in logs, error bodies or request records", async () => {
      const token = secret("leak");
      const stored = store(token);
      const vault = new Map([["upstream-key", stored.value]]);
      const logs: LogEntry[] = [];
      // Upstreams echo the key they refused (OpenAI's "Incorrect API key provided: ...").
      const echoed = `Incorrect API key provided: ${token} (${stored.sent}).`;
      const stream = suite.wire.streamText(["Hi", " there."], { input: 3, output: 2 }, "stop");
      const replies: Reply[] = [
        ok(),
        bytes(200, stream.contentType, [stream.body]),
        suite.wire.error(401, echoed),
        suite.wire.error(500, echoed),
      ];
      let index = 0;
      h = await start(() => replies[Math.min(index++, replies.length - 1)]!, { vault, logs });
      const answers: string[] = [];
      const records: ObservedRequest[] = [];
      const statuses: number[] = [];
      for (const stream of [false, true, false, false]) {
        const finished = h.nextFinished();
        const response = await h.post("/v1/chat/completions", chat(stream));
        statuses.push(response.status);
        answers.push(`${textOf(Object.fromEntries(response.headers))}\n${await response.text()}`);
        records.push(await finished);
      }
      expect(statuses[0]).toBe(200);
      expect(statuses[1]).toBe(200);
      expect(statuses[2]).toBe(401);
      expect(statuses[3]).toBeGreaterThanOrEqual(500);
      // The upstream did get the key: the check below is not vacuous.
      expect(h.upstream.requests.map((r: RecordedRequest) => cred.sent(r))).toEqual(
        Array(4).fill(stored.sent),
      );
      expect(logs.length).toBeGreaterThan(0);
      for (const answer of answers) expect(answer).not.toContain(token);
      for (const record of records) expect(textOf(record)).not.toContain(token);
      for (const entry of logs) expect(textOf(entry)).not.toContain(token);
    });

    test(`refuses credential with ${Object.keys(cred.conflicting).join(", ")} at boot, naming the path`, async () => {
      const fields = Object.keys(cred.conflicting);
      const boot = createGateway({
        config: {
          pipeline: {
            nodes: [
              {
                id: NODE,
                plugin: suite.plugin.manifest.name,
                config: { ...cred.nodeConfig("http://127.0.0.1:9", "upstream-key"), ...cred.conflicting },
              },
            ],
          },
        },
        plugins: [suite.plugin],
        env: cred.env ?? {},
      });
      const error = (await boot.then(
        (gateway) => gateway.close(0).then(() => undefined),
        (e: unknown) => e,
      )) as { issues?: { path: string; message: string }[] } | undefined;
      expect(error?.issues).toEqual(
        expect.arrayContaining(
          fields.map((field) =>
            expect.objectContaining({
              path: `/pipeline/nodes/0/config/${field}`,
              message: expect.stringContaining('"credential"'),
            }),
          ),
        ),
      );
    });
  });
}
