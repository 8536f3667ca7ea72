/**
 * Request and response shapes of the Moderations endpoint (`POST /v1/moderations`): the
 * `ModerationRequest` body (a text, a batch of texts, or one multimodal input made of text and
 * image parts) and the `ModerationResponse`, one result per input with a flag and a score per
 * category. Category names are OpenAI's (`harassment`, `self-harm/intent`...); a provider whose
 * classifier has categories OpenAI lacks reports them under its own names.
 */

import type { OpenEnum } from "./common.js";

/** A text part of a multimodal moderation input. */
export interface ModerationTextInput {
  type: "text";
  text: string;
}

/** An image part of a multimodal moderation input (a URL or a `data:` URL). */
export interface ModerationImageInput {
  type: "image_url";
  image_url: { url: string };
}

export type ModerationMultiModalInput = ModerationTextInput | ModerationImageInput;

/** Body of `POST /v1/moderations`. */
export interface ModerationRequest {
  /**
   * A text, or texts (one result each), or the parts of one multimodal input (one result for
   * all of them together).
   */
  input: string | string[] | ModerationMultiModalInput[];
  /** Model id, e.g. `omni-moderation-latest` (OpenAI's default when absent). */
  model?: string;
}

/** The categories OpenAI's moderation models report. */
export type ModerationCategory = OpenEnum<
  | "harassment"
  | "harassment/threatening"
  | "hate"
  | "hate/threatening"
  | "illicit"
  | "illicit/violent"
  | "self-harm"
  | "self-harm/intent"
  | "self-harm/instructions"
  | "sexual"
  | "sexual/minors"
  | "violence"
  | "violence/graphic"
>;

/** The verdict on one input. */
export interface ModerationResult {
  /** True when any category is flagged. */
  flagged: boolean;
  /** Whether each category is flagged. */
  categories: Partial<Record<ModerationCategory, boolean>>;
  /** Each category's score, from 0 to 1. */
  category_scores: Partial<Record<ModerationCategory, number>>;
  /** Which kinds of input (`text`, `image`) each category was judged on (omni models). */
  category_applied_input_types?: Partial<Record<ModerationCategory, ("text" | "image")[]>>;
}

/** Response body of `POST /v1/moderations`. */
export interface ModerationResponse {
  id: string;
  model: string;
  /** One result per input, in input order. */
  results: ModerationResult[];
}
