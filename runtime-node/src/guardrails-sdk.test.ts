/**
 * Guardrails as a client sees them: the gateway CLI with the PII guardrail masking answers, and
 * the official openai SDK over real HTTP, streaming and not. An answer that carries an email and a
 * card number reaches the client masked, chunk boundaries wherever the words fall.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type CliProcess, freePort, spawnCli } from "./testing/spawn-cli.js";

const REPLY = "Write to jane.doe@example.com, or pay with 4111 1111 1111 1111 today.";
const MASKED = "Write to [EMAIL], or pay with [CARD] today.";

let cli: CliProcess;
let client: OpenAI;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "aigw-guardrails-sdk-"));
  const config = join(dir, "aigw.yaml");
  writeFileSync(
    config,
    [
      'plugins: ["@aigw/guardrail-pii", "@aigw/providers-mock"]',
      "pipeline:",
      "  nodes:",
      "    - id: pii",
      "      plugin: guardrail-pii",
      "      config: { on: [input, output], action: mask, stream: { holdBackChars: 48 } }",
      "    - id: llm",
      "      plugin: providers-mock",
      `      config: { reply: "${REPLY}", chunkWords: 1 }`,
      "",
    ].join("\n"),
  );
  const port = await freePort();
  cli = spawnCli(["--config", config, "--port", String(port)]);
  const [, url] = await cli.waitFor(/aigw listening on (http:\/\/\S+)/, 30_000);
  client = new OpenAI({ baseURL: `${url}/v1`, apiKey: "unused", maxRetries: 0 });
}, 60_000);

afterAll(async () => {
  cli?.child.kill("SIGTERM");
  await cli?.exited;
});

describe("the PII guardrail through the openai SDK", () => {
  test("a streamed answer reaches the client masked", async () => {
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "how do I reach you?" }],
      stream: true,
    });
    let text = "";
    let chunks = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      chunks++;
    }
    expect(text).toBe(MASKED);
    expect(chunks).toBeGreaterThan(3);
  });

  test("a complete answer reaches the client masked", async () => {
    const answer = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "how do I reach you?" }],
    });
    expect(answer.choices[0]!.message.content).toBe(MASKED);
  });
});
