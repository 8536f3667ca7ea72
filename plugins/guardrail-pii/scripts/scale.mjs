#!/usr/bin/env node
// How the PII guardrail's cost grows with the size of one prompt: the text
// `"hello world 4111 1111 1111 1111 a.b@example.com " * N` (a card, an email and a phone
// candidate every 48 characters), and the same without the emails, for N = 10k, 40k and 100k
// (4.8 MB at 100k; the gateway accepts bodies up to 20 MiB). Prints the fastest of three runs,
// in seconds, of:
//   - detect: the compiled detector alone;
//   - no guardrail: the same chat request through a gateway with only an echo provider (reading
//     and writing the JSON), for comparison;
//   - deny / mask / mask+restore: the request through the gateway with the guardrail in front
//     of the echo provider (the kit's verdicts and replacements, the placeholder vault; with
//     restore, the echoed placeholders are restored in the answer).
// Linear work takes 4 times as long at 40k as at 10k, and 2.5 times that at 100k.
// Run after building: `node plugins/guardrail-pii/scripts/scale.mjs [N...]`.
import { echoGateway } from "@aigw/guardrail-kit/testing";
import pii, { compileDetector } from "../dist/index.js";

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10_000, 40_000, 100_000];
const texts = {
  "cards+emails": "hello world 4111 1111 1111 1111 a.b@example.com ",
  cards: "hello world 4111 1111 1111 1111 ",
};

const node = (config) => [{ id: "pii", plugin: "guardrail-pii", config }];
const detect = compileDetector({});
const gateways = {
  "no guardrail": { gateway: await echoGateway({ plugins: [], nodes: [] }), status: 200 },
  deny: { gateway: await echoGateway({ plugins: [pii], nodes: node({}) }), status: 400 },
  mask: { gateway: await echoGateway({ plugins: [pii], nodes: node({ action: "mask" }) }), status: 200 },
  "mask+restore": {
    gateway: await echoGateway({ plugins: [pii], nodes: node({ action: "mask", restore: true }) }),
    status: 200,
  },
};

/** The fastest of three runs of `run`, in seconds. */
async function fastest(run) {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return (best / 1000).toFixed(3);
}

async function request({ gateway: t, status }, text) {
  const response = await t.chat(text);
  const body = await response.text();
  t.journal.bodies.length = 0;
  t.journal.records.length = 0;
  if (response.status !== status) throw new Error(`status ${response.status}: ${body.slice(0, 200)}`);
}

// Warm-up: the code of every path compiled before anything is timed.
for (let i = 0; i < 20; i++) {
  const text = texts["cards+emails"].repeat(200);
  detect(text);
  for (const g of Object.values(gateways)) await request(g, text);
}

for (const [name, unit] of Object.entries(texts)) {
  for (const n of sizes) {
    const text = unit.repeat(n);
    const row = [`${name} N=${n} (${(text.length / 1e6).toFixed(1)} MB, ${detect(text).length} values)`];
    row.push(`detect ${await fastest(() => detect(text))}`);
    for (const [mode, g] of Object.entries(gateways))
      row.push(`${mode} ${await fastest(() => request(g, text))}`);
    console.log(row.join(" | "));
  }
}
