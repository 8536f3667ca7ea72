/**
 * The checks of each upstream attempt: the response hooks of `onAttempt` nodes run on every
 * answer a leaf terminal gives, before anyone accepts it. A deny there (an output guardrail that
 * wants another target) makes the attempt a failure with the denial's code, so the router that
 * made it retries or falls back exactly as it would from an upstream error.
 */
import { type CallResult, type GatewayRequest, wrapPluginError } from "@aigw/plugin-api";
import type { HookOutcome } from "./invoke.js";
import type { RequestState } from "./request-state.js";
import { applyResponseHooks } from "./response-phase.js";

/** Runs the attempt checks on one answer; never rejects (the failure is the outcome). */
export async function runAttemptChecks(
  state: RequestState,
  request: GatewayRequest,
  result: CallResult,
): Promise<HookOutcome<CallResult>> {
  // The checks see the request this attempt was made with (a router may have changed it).
  try {
    return { ok: true, value: await applyResponseHooks(state.attemptChecks, state, request, result) };
  } catch (thrown) {
    return { ok: false, error: wrapPluginError(thrown, {}), timedOut: false };
  }
}
