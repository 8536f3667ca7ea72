/**
 * Semantic cache accuracy: how often "a hit" (cosine similarity of the two prompts' embeddings
 * at or above the threshold) is right, on PAWS-Wiki's labelled test pairs (adversarial: most
 * pairs share most words, and many that do not mean the same differ only in word order). Both
 * sentences of each pair are embedded, with the cache's deterministic hashed embedding by
 * default or with a real model behind an OpenAI-compatible endpoint (`--embeddings-url`).
 *
 * The threshold is chosen on the tuning half (odd ids) by the highest F0.5; the held-out half
 * (even ids) is reported on its own, at the plugin's default threshold and at the one chosen.
 * Also: the same on all pairs, and a threshold sweep of both halves.
 *
 * Run (after building): pnpm --filter @aigw/bench semantic [-- options]
 *   --data <file>           the JSON Lines pairs (default: ../shared/data/paraphrase/... from the repository root)
 *   --embeddings-url <url>  an OpenAI-compatible /v1/embeddings URL (key from EMBEDDINGS_API_KEY)
 *   --model <name>          the embedding model to ask for (with --embeddings-url)
 *   --dimensions <n>        dimensions to ask for (models that take them)
 *   --batch <n>             texts per embeddings request (default 64)
 *   --limit <n>             only the first n pairs (a quick check)
 *   --json                  print the figures as JSON
 */
import { parseArgs } from "node:util";
import { cosine, DEFAULT_THRESHOLD } from "@aigw/cache-semantic";
import { hashedEmbedding } from "@aigw/cache-semantic/testing";
import { DEFAULT_PAWS_PATH, type LabelledPair, readPairs } from "./semantic/paws.js";
import { remoteEmbeddings } from "./semantic/remote-embeddings.js";
import { chooseThreshold, type Scored, type Scores, scoresAt, thresholds } from "./semantic/scores.js";

const { values: args } = parseArgs({
  options: {
    data: { type: "string" },
    "embeddings-url": { type: "string" },
    model: { type: "string" },
    dimensions: { type: "string" },
    batch: { type: "string", default: "64" },
    limit: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

function positive(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not ${text}`);
  return n;
}

/** The unit vector of every distinct sentence. */
async function embedAll(
  pairs: readonly LabelledPair[],
): Promise<{ vectors: Map<string, Float32Array>; embedding: string }> {
  const texts = [...new Set(pairs.flatMap((p) => [p.sentence1, p.sentence2]))];
  const url = args["embeddings-url"];
  if (!url) {
    return {
      vectors: new Map(texts.map((t) => [t, hashedEmbedding(t)])),
      embedding: "hashed (deterministic, 384 dimensions)",
    };
  }
  if (!args.model) throw new Error("--embeddings-url needs --model <name>");
  const vectors = await remoteEmbeddings(
    texts,
    {
      url,
      model: args.model,
      dimensions: positive("dimensions", args.dimensions),
      batch: positive("batch", args.batch) ?? 64,
      apiKey: process.env.EMBEDDINGS_API_KEY,
    },
    (done) => process.stderr.write(`\rembedded ${done}/${texts.length}`),
  );
  process.stderr.write("\n");
  return { vectors: new Map(texts.map((t, i) => [t, vectors[i]!])), embedding: `${args.model} at ${url}` };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
function row(label: string, s: Scores): string {
  return `| ${label} | ${s.threshold.toFixed(3)} | ${s.pairs} | ${s.hits} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.f1.toFixed(3)} | ${pct(s.falsePositiveRate)} |`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const path = args.data ?? DEFAULT_PAWS_PATH;
  let pairs = readPairs(path);
  const limit = positive("limit", args.limit);
  if (limit !== undefined) pairs = pairs.slice(0, limit);
  const { vectors, embedding } = await embedAll(pairs);
  const scored = (subset: readonly LabelledPair[]): Scored[] =>
    subset.map((p) => ({
      similarity: cosine(vectors.get(p.sentence1)!, vectors.get(p.sentence2)!) ?? -1,
      label: p.label,
    }));
  const tuning = scored(pairs.filter((p) => p.id % 2 === 1));
  const heldOut = scored(pairs.filter((p) => p.id % 2 === 0));
  const all = scored(pairs);
  const chosen = chooseThreshold(tuning);
  const positives = all.filter((s) => s.label === 1).length;
  const figures = {
    data: path,
    embedding,
    pairs: pairs.length,
    paraphraseShare: positives / pairs.length,
    defaultThreshold: DEFAULT_THRESHOLD,
    chosenOnTuningHalf: chosen.threshold,
    heldOutAtDefault: scoresAt(heldOut, DEFAULT_THRESHOLD),
    heldOutAtChosen: scoresAt(heldOut, chosen.threshold),
    tuningAtDefault: scoresAt(tuning, DEFAULT_THRESHOLD),
    allAtDefault: scoresAt(all, DEFAULT_THRESHOLD),
    sweep: thresholds(0.7, 1, 0.025).map((t) => ({
      tuning: scoresAt(tuning, t),
      heldOut: scoresAt(heldOut, t),
    })),
    seconds: (performance.now() - started) / 1000,
  };
  if (args.json) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }
  console.log(
    `Semantic cache accuracy on ${pairs.length} labelled pairs (${pct(figures.paraphraseShare)} paraphrases)`,
  );
  console.log(`data: ${path}`);
  console.log(`embedding: ${embedding}`);
  console.log(
    `threshold: plugin default ${DEFAULT_THRESHOLD}; highest F0.5 on the tuning half (odd ids): ${chosen.threshold}${
      chosen.threshold === DEFAULT_THRESHOLD
        ? " (the same)"
        : " (differs: set `threshold` for this embedding)"
    }\n`,
  );
  console.log("| pairs | threshold | n | hits | precision | recall | F1 | false-positive rate |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(row("held-out half (even ids), default", figures.heldOutAtDefault));
  if (chosen.threshold !== DEFAULT_THRESHOLD)
    console.log(row("held-out half (even ids), chosen", figures.heldOutAtChosen));
  console.log(row("tuning half (odd ids), default", figures.tuningAtDefault));
  console.log(row("all pairs, default", figures.allAtDefault));
  console.log(`\nSweep (precision / recall / false-positive rate):\n`);
  console.log("| threshold | tuning half | held-out half |");
  console.log("| ---: | --- | --- |");
  for (const { tuning: a, heldOut: b } of figures.sweep) {
    const cell = (s: Scores) => `${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.falsePositiveRate)}`;
    console.log(`| ${a.threshold.toFixed(3)} | ${cell(a)} | ${cell(b)} |`);
  }
  console.log(`\n(${figures.seconds.toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(`semantic-cache-accuracy: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
