#!/usr/bin/env node
// Cost of checking an answer against a JSON schema: a chat completion whose content is about
// 1 KB of JSON, against the config's schema (compiled at boot) and against the request's own
// schema (canonical JSON of the schema, then a cache hit), in microseconds per call (median of
// timed batches after warm-up), plus the one-time compile of a request schema.
// Run after building (node node_modules/typescript/bin/tsc -b tsconfig.build.json):
//   node plugins/guardrail-json-schema/scripts/cost.mjs
import { compileAnswerSchema } from "../dist/index.js";

const item = {
  type: "object",
  properties: {
    sku: { type: "string", pattern: "^[A-Z]{3}-\\d{4}$" },
    name: { type: "string", minLength: 1 },
    quantity: { type: "integer", minimum: 1 },
    price: { type: "number", minimum: 0 },
    tags: { type: "array", items: { type: "string" }, maxItems: 5 },
  },
  required: ["sku", "name", "quantity", "price"],
  additionalProperties: false,
};
const schema = {
  type: "object",
  properties: {
    order_id: { type: "string" },
    customer: {
      type: "object",
      properties: { name: { type: "string" }, email: { type: "string", format: "email" } },
      required: ["name", "email"],
    },
    items: { type: "array", items: item, minItems: 1 },
    status: { enum: ["pending", "shipped", "delivered"] },
  },
  required: ["order_id", "customer", "items", "status"],
  additionalProperties: false,
};
const content = JSON.stringify({
  order_id: "ord_8f2a91",
  customer: { name: "Ada Lovelace", email: "ada@example.com" },
  items: Array.from({ length: 7 }, (_, i) => ({
    sku: `ABC-${1000 + i}`,
    name: `Replacement part number ${i}`,
    quantity: i + 1,
    price: 9.99 * (i + 1),
    tags: ["spare", "blender"],
  })),
  status: "pending",
});
const answer = {
  object: "chat.completion",
  choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
};
const request = {
  body: { response_format: { type: "json_schema", json_schema: { name: "order", strict: true, schema } } },
};

function time(fn, perBatch = 1000, batches = 31) {
  for (let i = 0; i < 5000; i++) fn();
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - start) * 1000) / perBatch);
  }
  samples.sort((a, b) => a - b);
  return `${samples[Math.floor(samples.length / 2)].toFixed(2)} µs (fastest batch ${samples[0].toFixed(2)})`;
}

const own = compileAnswerSchema({ schema });
const fromRequest = compileAnswerSchema({ useRequestSchema: true });
if (own.check(answer)[0].verdict !== "pass" || fromRequest.check(answer, request)[0].verdict !== "pass")
  throw new Error("the sample answer should pass");

const fresh = compileAnswerSchema({ useRequestSchema: true });
const compileStart = performance.now();
fresh.check(answer, request);
const compileMs = performance.now() - compileStart;

console.log(`answer content: ${new TextEncoder().encode(content).length} bytes of JSON`);
console.log(`config schema: ${time(() => own.check(answer))} per answer`);
console.log(`request schema (cached): ${time(() => fromRequest.check(answer, request))} per answer`);
console.log(`first answer for a new request schema (compiles it): ${compileMs.toFixed(1)} ms`);
