#!/usr/bin/env node
// Cost of the compiled content rules on a realistic 2 KB prompt: one regex, one contains list of
// five, a length limit in characters and a words list of fifty, in microseconds per call
// (median of many timed batches, after warm-up); a token length rule is timed on its own, and a
// trivial loop over the same text is timed as a yardstick for the machine.
// Run after building (node node_modules/typescript/bin/tsc -b tsconfig.build.json):
//   node plugins/guardrail-content/scripts/cost.mjs
import { compileContentRules, prepareContentRules } from "../dist/index.js";

const paragraph =
  "Hello, I bought a blender from your store last month and it stopped working after two weeks. " +
  "I tried resetting it as described in the manual, but nothing happened. I would like to know " +
  "whether I can get a replacement or a refund, and how long that would take. I also noticed that " +
  "the warranty card was missing from the box. Could you check your records for my order and tell " +
  "me what I should do next? My colleague said the delivery was late too. Thank you for your help. ";
const systemText = "You are a helpful support assistant for Acme. Answer politely and briefly.";
let user = "";
while (user.length < 2048) user += paragraph;
const parts = [
  { role: "system", path: "/messages/0/content", text: systemText },
  { role: "user", path: "/messages/1/content", text: user.slice(0, 2048 - systemText.length) },
];
const request = { model: "gpt-4o-mini", body: { model: "gpt-4o-mini", temperature: 0.7, max_tokens: 512 } };

// Fifty words, none of which is in the prompt (the common case: the scan finds nothing).
const blocked = (
  "arsehole bastard bollocks bugger bullshit crap damn dickhead dipshit douchebag " +
  "dumbass fuck goddamn jackass motherfucker piss prick shit slut twat " +
  "wanker asshat bellend clusterfuck cocksucker dickweed fuckwit knobhead numbnuts pillock " +
  "scumbag shithead tosser turd wazzock arse bitch bloody bugger-off cunt " +
  "dick douche git minger munter nonce plonker sod tit wank"
).split(" ");
if (blocked.length !== 50) throw new Error(`expected 50 words, got ${blocked.length}`);

const typical = {
  rules: [
    { type: "regex", name: "no-card-numbers", pattern: "\\b(?:\\d[ -]?){13,19}\\b" },
    {
      type: "notContains",
      name: "no-secrets",
      values: ["password", "api key", "secret key", "ssn", "bank account"],
    },
    { type: "length", name: "max-chars", unit: "chars", max: 8000 },
    { type: "words", name: "profanity", categories: { profanity: blocked } },
  ],
};
const tokens = { rules: [{ type: "length", name: "max-tokens", unit: "tokens", max: 4000 }] };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Microseconds per call over `batches` batches of `perBatch` calls: the median, and the fastest
 * batch (closer to the uncontended cost on a shared machine).
 */
function time(fn, perBatch = 2000, batches = 41) {
  for (let i = 0; i < 20_000; i++) fn();
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - start) * 1000) / perBatch);
  }
  return { median: median(samples), min: Math.min(...samples) };
}

const show = ({ median, min }, digits = 2) =>
  `${median.toFixed(digits)} µs (fastest batch ${min.toFixed(digits)})`;

const check = compileContentRules(typical);
const verdicts = check(parts, request);
if (verdicts.some((v) => v.verdict !== "pass"))
  throw new Error(`unexpected fail: ${JSON.stringify(verdicts)}`);

const text = parts.map((p) => p.text).join("");
const yardstick = () => {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
};

const loadStart = performance.now();
const tokenCheck = await prepareContentRules(tokens);
const loadMs = performance.now() - loadStart;

const bytes = new TextEncoder().encode(text).length;
console.log(`prompt: ${bytes} bytes in ${parts.length} parts`);
console.log(
  `typical rule set (regex, notContains x5, chars, words x50): ${show(time(() => check(parts, request)))} per call`,
);
for (const rule of typical.rules) {
  const one = compileContentRules({ rules: [rule] });
  console.log(`  ${rule.type.padEnd(12)} ${rule.name.padEnd(16)} ${show(time(() => one(parts, request)))}`);
}
console.log(
  `token length rule (o200k_base, max 4000): ${show(
    time(() => tokenCheck(parts, request), 50, 21),
    1,
  )} per call; loading the encodings took ${loadMs.toFixed(0)} ms`,
);
console.log(`yardstick (sum of char codes over the same text): ${show(time(yardstick))}`);
