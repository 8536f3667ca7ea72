/**
 * Test helper: what a detector reports for a text, as `label:value` strings, so a test can
 * state its expectations in the terms of the text.
 */
import { compileDetector } from "../detector.js";
import type { PiiOptions } from "../options.js";

/** A function giving `label:value` for each span the detector with `options` reports. */
export function finder(options: PiiOptions): (text: string) => string[] {
  const detect = compileDetector(options);
  return (text) => detect(text).map((span) => `${span.label}:${text.slice(span.start, span.end)}`);
}
