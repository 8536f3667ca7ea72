/**
 * Mistral's moderation answers for tests, in its own wire format: the nine categories of
 * mistral-moderation-2411 under Mistral's names, built from verdicts written with OpenAI's names
 * (so the same verdicts read back through the provider as OpenAI's). Test-only.
 */
import type { ModerationVerdict } from "@aigw/testkit";

/** OpenAI's name -> Mistral's, for the categories both have. */
const MISTRAL_NAMES: Readonly<Record<string, string>> = {
  sexual: "sexual",
  hate: "hate_and_discrimination",
  violence: "violence_and_threats",
  "self-harm": "selfharm",
  illicit: "dangerous_and_criminal_content",
};

/** Every category mistral-moderation-2411 reports. */
export const MISTRAL_CATEGORIES = [
  "sexual",
  "hate_and_discrimination",
  "violence_and_threats",
  "dangerous_and_criminal_content",
  "selfharm",
  "health",
  "financial",
  "law",
  "pii",
] as const;

/** A Mistral `/moderations` answer body: one result per verdict, unlisted categories unflagged at 0.0001. */
export function mistralModeration(
  verdicts: readonly ModerationVerdict[],
  model = "mistral-moderation-latest",
) {
  return {
    id: "4c7ac8a4b27b4e0c9dc0e0b3a6d9d5b1",
    model,
    results: verdicts.map(({ scores, flagged = [] }) => {
      const categories: Record<string, boolean> = {};
      const categoryScores: Record<string, number> = {};
      for (const name of MISTRAL_CATEGORIES) {
        categories[name] = false;
        categoryScores[name] = 0.0001;
      }
      for (const [name, score] of Object.entries(scores)) {
        const wire = MISTRAL_NAMES[name] ?? name;
        categories[wire] = flagged.includes(name);
        categoryScores[wire] = score;
      }
      return { categories, category_scores: categoryScores };
    }),
    usage: { prompt_tokens: 9 * verdicts.length, total_tokens: 9 * verdicts.length, completion_tokens: 0 },
  };
}
