/**
 * The labelled paraphrase pairs the accuracy benchmark reads: PAWS-Wiki's test split as JSON
 * Lines (`{id, sentence1, sentence2, label}`, label 1 = paraphrase), kept outside the repository
 * at `../shared/data/paraphrase/` (see its SOURCE.md). Each line is checked; a bad one fails the
 * run naming its line.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface LabelledPair {
  readonly id: number;
  readonly sentence1: string;
  readonly sentence2: string;
  /** 1: the two sentences mean the same; 0: they do not. */
  readonly label: 0 | 1;
}

/** The repository's root (this file is bench/src/semantic/paws.ts). */
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the data set is expected, relative to the repository root. */
export const DEFAULT_PAWS_PATH = resolve(
  ROOT,
  "../shared/data/paraphrase/paws_wiki_labeled_final_test.jsonl",
);

/** The pairs of a JSON Lines file, or a thrown error saying what is missing or wrong. */
export function readPairs(path: string): LabelledPair[] {
  if (!existsSync(path)) {
    throw new Error(
      `the labelled pairs are not at ${path}. The benchmark reads PAWS-Wiki's test split from ../shared/data/paraphrase/ next to the repository (see SOURCE.md there), or from --data <file>.`,
    );
  }
  const pairs: LabelledPair[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
      const { id, sentence1, sentence2, label } = (row ?? {}) as Record<string, unknown>;
      if (
        !Number.isInteger(id) ||
        typeof sentence1 !== "string" ||
        typeof sentence2 !== "string" ||
        (label !== 0 && label !== 1)
      )
        throw new Error(`${path}:${i + 1}: expected {id: integer, sentence1, sentence2, label: 0 | 1}`);
      pairs.push({ id: id as number, sentence1, sentence2, label });
    });
  if (pairs.length === 0) throw new Error(`${path}: no pairs`);
  return pairs;
}
