/**
 * @aigw/guardrail-kit: what guardrail plugins share, beside the plugin contract. A guardrail is a
 * check that returns verdicts on text parts; `defineGuardrail` makes it a plugin that reads the
 * right texts for each endpoint, records verdicts, applies the configured action and checks
 * streams as they pass. The text helpers serve any plugin that reads or rewrites content.
 */
export {
  type Decision,
  decide,
  defaultMask,
  denyMessage,
  maskReplacements,
  recordVerdicts,
} from "./decide.js";
export { DEFAULT_HOLD_BACK, defineGuardrail, type GuardrailDefinition } from "./define-guardrail.js";
export { applyReplacements, replaceTexts, topLevelPatch } from "./replace-texts.js";
export { RequestMemo } from "./request-memo.js";
export {
  guardStream,
  guardWholeStream,
  PENDING_HOLD_LIMIT,
  type StreamGuardOptions,
} from "./stream-guard.js";
export { answerTexts, requestTexts } from "./text-parts.js";
export {
  TextWindow,
  type WindowEdit,
  type WindowPending,
  type WindowReleased,
  type WindowScan,
} from "./text-window.js";
export type {
  CheckInput,
  CheckVerdict,
  Guardrail,
  GuardrailAction,
  GuardrailSettings,
  GuardrailSide,
  OutputRewriter,
  PartSpan,
  Replacement,
  Span,
  TextPart,
} from "./types.js";
export { isWhiteSpace, wordStart } from "./words.js";
