#!/usr/bin/env node
// Cost of the compiled PII detector on a realistic ~2 KB English prompt holding three items
// (an email address, a phone number and a card number), with every detector on. Prints the
// median µs per call over many rounds after a warm-up (and the fastest round), for:
//   - repeated: the same prompt every call (a conversation resent turn after turn; the phone
//     detector answers from its cache);
//   - fresh phone: a different phone number on every call (libphonenumber runs each time);
//   - no PII: the same text without the three items.
// Run after building the package: `node plugins/guardrail-pii/scripts/cost.mjs`.
import { compileDetector } from "../dist/index.js";

const filler = `I am writing about the order I placed last month for the standing desk and the two monitor
arms. The desk arrived on time, but one of the arms was missing its mounting bracket, and the box
looked as if it had been opened before it reached me. I have attached photos of the packaging and
of the parts that did arrive. Could you tell me whether the bracket can be shipped on its own, or
whether I need to return the whole arm? I would rather not wait another three weeks for a full
replacement, since I work from home and the second screen is currently sitting on a pile of books.
Last time I contacted support, the agent said a replacement part would ship within five business
days, but I never received a tracking number. I checked the status page again this morning and it
still shows the order as complete. Please also confirm the warranty period for the desk motor:
the product page says five years, but the leaflet in the box says two years for electrical parts.
If it is two years, I would like to know whether an extended warranty can be added after purchase.
`;

/** The prompt as a request body's JSON parser would hand it over: one flat string. */
function prompt(phone) {
  return flat(
    `Hello, my name is Jordan Miller and you can reach me at jordan.miller@example.com or on ${phone}.\n` +
      filler +
      "For the refund of the shipping fee, the card I paid with is 4111 1111 1111 1111; please do not " +
      "charge it again without asking. Thank you for your help, and have a good week.\n" +
      filler.slice(0, 420),
  );
}

function flat(text) {
  return JSON.parse(JSON.stringify(text));
}

const detector = compileDetector({});
const base = prompt("(415) 555-2671");
const noPii = flat(
  base
    .replace("jordan.miller@example.com", "the address on file")
    .replace("(415) 555-2671", "the usual number")
    .replace("4111 1111 1111 1111", "the usual card"),
);
const phones = Array.from({ length: 2000 }, (_, i) => `(415) 555-${String(1000 + i).padStart(4, "0")}`);
const fresh = phones.map(prompt);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * µs per call over `rounds` rounds of `batch` calls, after `warmup` calls: the median round,
 * and the fastest one (a better estimate on a machine busy with other work).
 */
function measure(texts, { warmup = 20_000, rounds = 200, batch = 200 } = {}) {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += detector(texts[i % texts.length]).length;
  const perCall = [];
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink += detector(texts[n++ % texts.length]).length;
    perCall.push(((performance.now() - t0) * 1000) / batch);
  }
  globalThis.costSink = sink; // keeps the calls from being optimised away
  return `${median(perCall).toFixed(2)} µs per call (median; fastest round ${Math.min(...perCall).toFixed(2)})`;
}

const spans = detector(base).map((s) => `${s.label}:${base.slice(s.start, s.end)}`);
console.log(`prompt: ${base.length} characters; found ${spans.join(", ")}`);
console.log(`repeated prompt:      ${measure([base])}`);
console.log(`fresh phone per call: ${measure(fresh, { warmup: 4000, rounds: 100, batch: 40 })}`);
console.log(`no PII:               ${measure([noPii])}`);
