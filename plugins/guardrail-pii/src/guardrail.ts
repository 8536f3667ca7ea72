/**
 * The PII guardrail: the detector as a check (one verdict, with a span per value found), masks
 * on the request that are placeholders from a per-request vault, and the restorer that puts the
 * values back where the answer repeats their placeholders (same request only). On the answer
 * side masks are plain `[LABEL]` redactions: a placeholder there would restore to nothing.
 */
import {
  type CheckVerdict,
  defineGuardrail,
  type OutputRewriter,
  type PartSpan,
  RequestMemo,
  wordStart,
} from "@aigw/guardrail-kit";
import type { GuardrailPiiConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { compileDetector } from "./detector.js";
import { pendingFrom } from "./pending.js";
import type { Span } from "./span.js";
import { PlaceholderVault } from "./vault.js";

/** A reason that names what was found and how often, never the values. */
function reasonOf(spans: readonly Span[]): string {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
  return `found ${[...counts].map(([label, n]) => `${label} x${n}`).join(", ")}`;
}

/**
 * Why `restore` cannot work with this config, if it cannot: only values masked on the request
 * have placeholders to restore. Refused at boot, rather than a setting that silently does
 * nothing.
 */
function restoreProblem(config: GuardrailPiiConfig): string | undefined {
  if (!config.restore) return undefined;
  const action = config.action ?? "deny";
  if (action !== "mask") {
    return `restore: true needs action: mask (only masked values have placeholders to restore), but action is ${action}: set action: mask, or remove restore`;
  }
  const on = config.on ?? ["input"];
  if (!on.includes("input")) {
    return `restore: true needs the request masked, but on is [${on.join(", ")}]: add input to on, or remove restore`;
  }
  return undefined;
}

/** Finds the placeholders `vault` issued, and restores them. */
function restorer(vault: PlaceholderVault): OutputRewriter {
  return {
    holdBack: vault.maxPlaceholderLength,
    find: (text) => vault.find(text),
    replacement: (_span, original) => vault.restore(original),
    // A placeholder is one word: only the last word can be one still being written.
    pending: (text) => wordStart(text),
  };
}

export default defineGuardrail({
  manifest: {
    name: "guardrail-pii",
    version: "0.1.0",
    engine: "^0.1.0",
    configSchema,
    configValidator: validateConfig,
    description: "Finds personal data and secrets in requests and answers; denies, flags or masks them.",
  },
  create(config: GuardrailPiiConfig) {
    const problem = restoreProblem(config);
    if (problem) throw new Error(problem);
    const detect = compileDetector(config);
    // The first numbers checked load the phone metadata (several ms, measured): at boot, not on
    // the first caller's request.
    detect("call +1 415 555 2671 or mail jane@example.com, card 4111 1111 1111 1111");
    const vaults = new RequestMemo<PlaceholderVault>();
    const masking = config.action === "mask";
    return {
      check({ parts, side, ctx }) {
        const spans: PartSpan[] = [];
        parts.forEach((part, index) => {
          // Field by field: over hundreds of thousands of spans a spread costs half as much again.
          for (const { start, end, label } of detect(part.text))
            spans.push({ start, end, label, part: index });
        });
        // Something will be masked: the request's vault first sees every text it may mask, so
        // its placeholders never collide with them. (Clean requests never make one.)
        if (masking && side === "input" && spans.length > 0) {
          const vault = vaults.ensure(ctx, () => new PlaceholderVault());
          for (const part of parts) vault.mask(part.text, []);
        }
        const verdict: CheckVerdict =
          spans.length === 0
            ? { check: "pii", verdict: "pass", reason: "no personal data or secret found" }
            : { check: "pii", verdict: "fail", spans, reason: reasonOf(spans) };
        return [verdict];
      },
      mask(span, original, ctx, side) {
        if (side === "output") return `[${span.label.toUpperCase()}]`;
        const vault = vaults.ensure(ctx, () => new PlaceholderVault());
        return vault.mask(original, [{ start: 0, end: original.length, label: span.label }]);
      },
      pending: pendingFrom,
      rewriter(ctx) {
        if (!config.restore) return undefined;
        const vault = vaults.get(ctx);
        return vault && vault.maxPlaceholderLength > 0 ? restorer(vault) : undefined;
      },
    };
  },
});
