/**
 * The shape every detector compiles to, so the detector can run them one after another over
 * the same text and collect their spans in one array.
 */
import type { Span } from "./span.js";

/**
 * Appends the spans it finds in `text` to `out`: in any order, possibly overlapping spans of
 * other finders (the detector resolves overlaps). Reading `out` is allowed, to skip work on
 * ranges an earlier finder already claimed.
 */
export type Finder = (text: string, out: Span[]) => void;
