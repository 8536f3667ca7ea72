/**
 * The check: one call to the service per checked side (or per stream window), its answer read
 * into verdicts, and a failed call settled by failMode. Open lets the text through with a
 * passing verdict whose reason says the service was unavailable; closed records a failing one
 * and refuses, whatever the configured action, since without an answer nothing can be flagged
 * or masked.
 */
import { type CheckInput, type CheckVerdict, type Guardrail, recordVerdicts } from "@aigw/guardrail-kit";
import { GatewayError, type HookContext } from "@aigw/plugin-api";
import { parseAnswer } from "./answer.js";
import { callWebhook, WebhookFailure, type WebhookTarget } from "./call.js";
import { payloadText } from "./payload.js";

/** The check name a failed call is recorded under. */
export const UNAVAILABLE_CHECK = "webhook";
/** The reason of the passing verdict a failed call leaves when the node fails open. */
export const UNAVAILABLE_REASON = "webhook unavailable";

/** A node's settings, resolved at boot. */
export interface WebhookGuardOptions {
  readonly target: WebhookTarget;
  readonly failMode: "open" | "closed";
  readonly includeRequest: boolean;
  readonly wholeAnswer: boolean;
}

/** The guardrail a node runs. */
export function webhookGuard(options: WebhookGuardOptions): Guardrail {
  const { target, failMode, includeRequest } = options;
  const passOpen: readonly CheckVerdict[] = [
    { check: UNAVAILABLE_CHECK, verdict: "pass", reason: UNAVAILABLE_REASON },
  ];

  const unavailable = (failure: WebhookFailure, { side, ctx }: CheckInput): readonly CheckVerdict[] => {
    ctx.logger.warn(
      { failMode, failure: failure.message, detail: failure.detail },
      `the guardrail webhook ${failure.message}`,
    );
    if (failMode === "open") return passOpen;
    const phase = side === "input" ? "input" : ctx.request.stream ? "stream" : "output";
    const reason = `${UNAVAILABLE_REASON}: it ${failure.message}`;
    recordVerdicts(ctx, [{ check: UNAVAILABLE_CHECK, verdict: "fail", reason }], "deny", phase);
    throw refusal(ctx, side === "input" ? "content_denied" : "answer_rejected", failure);
  };

  return {
    wholeAnswer: options.wholeAnswer,
    async check(input) {
      let answer: unknown;
      try {
        const body = payloadText(input.parts, input.side, input.ctx, includeRequest);
        answer = await callWebhook(target, body, input.ctx.cancellation);
      } catch (error) {
        if (error instanceof WebhookFailure) return unavailable(error, input);
        throw error;
      }
      const parsed = parseAnswer(answer, input.parts);
      if (parsed.ok) return parsed.verdicts;
      return unavailable(new WebhookFailure("gave a malformed answer", parsed.problem), input);
    },
  };
}

function refusal(
  ctx: HookContext,
  code: "content_denied" | "answer_rejected",
  failure: WebhookFailure,
): GatewayError {
  const what = code === "content_denied" ? "request" : "answer";
  return new GatewayError(
    code,
    `Guardrail "${ctx.node}" could not check the ${what}: its webhook ${failure.message}, and it fails closed.`,
    { node: ctx.node, plugin: ctx.plugin, hook: code === "content_denied" ? "request" : "response" },
  );
}
