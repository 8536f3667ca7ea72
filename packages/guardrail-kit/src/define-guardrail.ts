/**
 * `defineGuardrail`: a guardrail plugin from a check. The author writes what the check looks for
 * (verdicts on text parts); the kit turns it into a plugin with `request` and `response` hooks
 * that read the right texts for the endpoint, record every verdict, apply the configured action
 * (deny, flag, mask, fallback) with structure-keeping replacements, and check streams on a
 * sliding window. The engine knows none of this: to it, this is a plugin like any other.
 */
import {
  type CallResult,
  definePlugin,
  deny,
  type GatewayRequest,
  type HookContext,
  type JsonObject,
  jsonValueResult,
  type MaybePromise,
  type Plugin,
  type PluginInitContext,
  type PluginManifest,
  patch,
  type RequestStep,
  type ResponseStep,
} from "@aigw/plugin-api";
import { decide } from "./decide.js";
import { maskCover } from "./mask-cover.js";
import { replaceTexts, topLevelPatch } from "./replace-texts.js";
import { guardStream, guardWholeStream } from "./stream-guard.js";
import { answerTexts, requestTextsOnce } from "./text-parts.js";
import type {
  CheckVerdict,
  Guardrail,
  GuardrailSettings,
  GuardrailSide,
  OutputRewriter,
  Replacement,
  TextPart,
} from "./types.js";

/** The default number of streamed characters held back for checking. */
export const DEFAULT_HOLD_BACK = 128;

export interface GuardrailDefinition<Config extends GuardrailSettings> {
  /** The manifest without kind and hooks (a guardrail has request and response hooks). */
  readonly manifest: Omit<PluginManifest, "kind" | "hooks">;
  /** The sides checked when the config's `on` does not say (default: the request). */
  readonly defaultOn?: readonly GuardrailSide[];
  create(config: Config, init: PluginInitContext): MaybePromise<Guardrail>;
}

/** Declares a guardrail plugin from its check. */
export function defineGuardrail<Config extends GuardrailSettings>(
  definition: GuardrailDefinition<Config>,
): Plugin<Config> {
  return definePlugin({
    manifest: { ...definition.manifest, kind: "guardrail", hooks: ["request", "response"] },
    async create(config: Config, init) {
      const guard = await definition.create(config, init);
      const sides = new Set<GuardrailSide>(config.on ?? definition.defaultOn ?? ["input"]);
      const action = config.action ?? "deny";
      const roles = config.roles ? new Set(config.roles) : undefined;
      const holdBack = config.stream?.holdBackChars ?? DEFAULT_HOLD_BACK;
      const settings = { action, message: config.message };
      // Built once: spreading settings per request showed up in profiles.
      const onInput = { ...settings, side: "input", phase: "input" } as const;
      const onOutput = { ...settings, side: "output", phase: "output" } as const;

      const checkRequest = (ctx: HookContext): MaybePromise<RequestStep> => {
        const parts = requestTextsOnce(ctx.request, roles);
        if (parts.length === 0) return undefined;
        const onVerdicts = (verdicts: readonly CheckVerdict[]): RequestStep => {
          const decision = decide(verdicts, parts, guard, ctx, onInput);
          if (decision.kind === "allow") return undefined;
          if (decision.kind === "deny") return deny("content_denied", decision.message);
          return maskedRequest(ctx.request, parts, decision.replacements);
        };
        const verdicts = guard.check({ parts, side: "input", ctx });
        return verdicts instanceof Promise ? verdicts.then(onVerdicts) : onVerdicts(verdicts);
      };

      const checksInput = sides.has("input");
      const checksOutput = sides.has("output");
      // Runs on every answer, also for input-only guardrails: nothing to do must cost nothing (no
      // promise, no parse of the answer).
      const onAnswer = (result: CallResult, ctx: HookContext): ResponseStep | Promise<ResponseStep> => {
        const rewriter = guard.rewriter?.(ctx);
        if (!checksOutput && !rewriter) return undefined;
        return checkAnswer(result, ctx, rewriter);
      };

      const checkAnswer = async (
        result: CallResult,
        ctx: HookContext,
        rewriter: OutputRewriter | undefined,
      ): Promise<ResponseStep> => {
        if (result.type === "stream") {
          const options = { guard, check: checksOutput, ...settings, holdBack, rewriter, ctx };
          const guarded =
            guard.wholeAnswer && checksOutput
              ? guardWholeStream(result, options)
              : guardStream(result, options);
          return { kind: "replace", result: guarded };
        }
        if (result.type !== "json" || result.status >= 400) return undefined;
        const body = result.body;
        const parts = answerTexts(ctx.request.endpoint, body);
        if (parts.length === 0) return undefined;
        let edits: Replacement[] = [];
        if (checksOutput) {
          const verdicts = await guard.check({ parts, side: "output", ctx });
          // A complete answer can be masked whenever the failing checks give spans (else deny).
          const decision = decide(verdicts, parts, guard, ctx, onOutput);
          if (decision.kind === "deny") return deny("answer_rejected", decision.message);
          if (decision.kind === "mask") edits = decision.replacements.slice();
        }
        // A loop, not push(...): an answer can hold more placeholders than a call takes arguments.
        if (rewriter) for (const edit of rewrites(parts, rewriter, edits)) edits.push(edit);
        if (edits.length === 0) return undefined;
        return {
          kind: "replace",
          result: jsonValueResult(replaceTexts(body, parts, edits), result.status, result.headers),
        };
      };

      return {
        request: (ctx) => (checksInput ? checkRequest(ctx) : undefined),
        response: onAnswer,
        close: () => guard.close?.(),
      };
    },
  });
}

/** The request with the replacements applied where the parts were, as a merge patch. */
function maskedRequest(
  request: GatewayRequest,
  parts: readonly TextPart[],
  edits: readonly Replacement[],
): RequestStep {
  const body = request.body as unknown as JsonObject;
  const changed = replaceTexts(body, parts, edits) as JsonObject;
  return patch(topLevelPatch(body, changed));
}

/** A rewriter's edits on each part, skipping spans a mask already covers. */
function rewrites(
  parts: readonly TextPart[],
  rewriter: OutputRewriter,
  masks: readonly Replacement[],
): Replacement[] {
  const out: Replacement[] = [];
  const covered = maskCover(masks);
  parts.forEach((part, index) => {
    for (const span of rewriter.find(part.text)) {
      if (!covered(index, span.start, span.end))
        out.push({
          part: index,
          start: span.start,
          end: span.end,
          text: rewriter.replacement(span, part.text.slice(span.start, span.end)),
        });
    }
  });
  return out;
}
