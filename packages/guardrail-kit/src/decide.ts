/**
 * Verdicts into an outcome: every verdict goes into the request's record, and the configured
 * action decides what a failing one does (deny, flag, mask, fallback). A node's verdicts go in in
 * its checks' order; the engine orders the nodes by plan before the record is built, so
 * concurrent guardrails leave the same record whichever finished first.
 */
import type { GuardrailVerdict, HookContext } from "@aigw/plugin-api";
import type {
  CheckVerdict,
  Guardrail,
  GuardrailAction,
  GuardrailSide,
  Replacement,
  TextPart,
} from "./types.js";

export type Decision =
  | { readonly kind: "allow" }
  | { readonly kind: "deny"; readonly message: string }
  | { readonly kind: "mask"; readonly replacements: readonly Replacement[] };

const ALLOW: Decision = { kind: "allow" };

export interface DecideOptions {
  readonly action: GuardrailAction;
  readonly message: string | undefined;
  readonly side: GuardrailSide;
  readonly phase: GuardrailVerdict["phase"];
}

/** What a failing verdict leads to on this side: fallback denies a request; mask needs spans. */
function effectiveAction(
  action: GuardrailAction,
  side: GuardrailSide,
  fails: readonly CheckVerdict[],
): GuardrailAction {
  if (action === "fallback" && side === "input") return "deny";
  if (action === "mask" && fails.some((f) => !f.spans || f.spans.length === 0)) return "deny";
  return action;
}

/**
 * Adds a node's verdicts for one phase to the record. A node that checks the same phase again
 * (it ran again on a concurrent node's changes) replaces what it said before.
 */
export function recordVerdicts(
  ctx: HookContext,
  verdicts: readonly CheckVerdict[],
  action: GuardrailAction,
  phase: GuardrailVerdict["phase"],
): void {
  // A node aborted because another ended the request no longer speaks for it: what it found late
  // would make the record depend on timing.
  if (ctx.cancellation.aborted) return;
  const list = ctx.annotations.guardrails;
  for (let i = list.length - 1; i >= 0; i--) {
    const entry = list[i]!;
    if (entry.node === ctx.node && entry.phase === phase) list.splice(i, 1);
  }
  for (const v of verdicts) {
    list.push({
      node: ctx.node,
      check: v.check,
      verdict: v.verdict,
      action: v.verdict === "fail" ? action : "allow",
      phase,
      score: v.score,
      reason: v.reason,
      spans: v.spans?.map(({ part, start, end, label }) => ({ part, start, end, label })),
    });
  }
}

/** The default text of a masked span: its label in brackets. */
export function defaultMask(label: string): string {
  return `[${label.toUpperCase()}]`;
}

/** The replacements masking every failing span, in part and offset order. */
export function maskReplacements(
  fails: readonly CheckVerdict[],
  parts: readonly TextPart[],
  guard: Guardrail,
  ctx: HookContext,
  side: GuardrailSide,
): Replacement[] {
  const out: Replacement[] = [];
  for (const fail of fails) {
    for (const span of fail.spans ?? []) {
      const original = parts[span.part]?.text.slice(span.start, span.end) ?? "";
      out.push({
        part: span.part,
        start: span.start,
        end: span.end,
        text: guard.mask ? guard.mask(span, original, ctx, side) : defaultMask(span.label),
      });
    }
  }
  return out.sort((a, b) => a.part - b.part || a.start - b.start || b.end - a.end);
}

/** Records the verdicts and turns the failing ones into the configured outcome. */
export function decide(
  verdicts: readonly CheckVerdict[],
  parts: readonly TextPart[],
  guard: Guardrail,
  ctx: HookContext,
  options: DecideOptions,
): Decision {
  const fails = verdicts.filter((v) => v.verdict === "fail");
  const action = effectiveAction(options.action, options.side, fails);
  recordVerdicts(ctx, verdicts, action, options.phase);
  if (fails.length === 0) return ALLOW;
  switch (action) {
    case "flag":
      ctx.setHeader(`x-aigw-guardrail-${ctx.node}`, [...new Set(fails.map((f) => f.check))].join(","));
      return ALLOW;
    case "mask":
      return { kind: "mask", replacements: maskReplacements(fails, parts, guard, ctx, options.side) };
    default:
      return { kind: "deny", message: options.message ?? denyMessage(ctx.node, fails) };
  }
}

/** Names the node and each failing check with its reason (reasons never quote the text). */
export function denyMessage(node: string, fails: readonly CheckVerdict[]): string {
  return `Blocked by guardrail "${node}": ${fails.map((f) => `${f.check} (${f.reason})`).join("; ")}.`;
}
