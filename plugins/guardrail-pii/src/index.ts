/**
 * @aigw/guardrail-pii: finds personal data and secrets in text (emails, phone numbers, payment
 * cards, IBANs, national ids, IP addresses, API keys and random-looking tokens) and masks them
 * behind placeholders that can be restored in the answer for the same caller.
 */
export type { GuardrailPiiConfig } from "./config.gen.js";
export { compileDetector, type PiiDetector } from "./detector.js";
export { default } from "./guardrail.js";
export { type EntropyOptions, PII_LABELS, type PiiLabel, type PiiOptions } from "./options.js";
export type { Span } from "./span.js";
export { PlaceholderVault, type VaultEntry } from "./vault.js";
