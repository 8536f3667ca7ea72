/**
 * Request and response shapes of the image generation endpoint (`POST /v1/images/generations`):
 * the JSON `ImageGenerationRequest` body covering the DALL·E and GPT Image model parameters, and
 * the `ImagesResponse` returned by the images endpoints, whose entries carry a URL or base64 image
 * data and, for GPT Image models, token usage.
 */

import type { OpenEnum } from "./common.js";

/** Image sizes documented across DALL·E 2, DALL·E 3 and GPT Image models. */
export type ImageSize = OpenEnum<
  "auto" | "256x256" | "512x512" | "1024x1024" | "1536x1024" | "1024x1536" | "1792x1024" | "1024x1792"
>;

/** Body of `POST /v1/images/generations`. */
export interface ImageGenerationRequest {
  /** Text description of the desired image(s). */
  prompt: string;
  /** Model id, e.g. `dall-e-3` or `gpt-image-1`; defaults to `dall-e-2`. */
  model?: string | null;
  /** Number of images (1-10; `dall-e-3` supports only 1). */
  n?: number | null;
  quality?: "standard" | "hd" | "low" | "medium" | "high" | "auto" | null;
  /** `url` or `b64_json` (DALL·E only; GPT Image models always return `b64_json`). */
  response_format?: "url" | "b64_json" | null;
  size?: ImageSize | null;
  /** `dall-e-3` only. */
  style?: "vivid" | "natural" | null;
  user?: string;
  /** GPT Image only: background transparency. */
  background?: "transparent" | "opaque" | "auto" | null;
  /** GPT Image only. */
  output_format?: "png" | "jpeg" | "webp" | null;
  /** GPT Image only: compression level (0-100) for `jpeg` and `webp`. */
  output_compression?: number | null;
  /** GPT Image only: content moderation strictness. */
  moderation?: "low" | "auto" | null;
  /** GPT Image only: stream partial images as server-sent events. */
  stream?: boolean | null;
  /** GPT Image only: number of partial images (0-3) to stream. */
  partial_images?: number | null;
}

/** One generated image. */
export interface ImageData {
  /** Temporary URL (DALL·E with `response_format: "url"`). */
  url?: string;
  /** Base64-encoded image data. */
  b64_json?: string;
  /** The prompt actually used, if it was rewritten (`dall-e-3`). */
  revised_prompt?: string;
}

/** Token usage of a GPT Image request. */
export interface ImagesUsage {
  input_tokens: number;
  input_tokens_details: {
    text_tokens: number;
    image_tokens: number;
  };
  output_tokens: number;
  total_tokens: number;
}

/** Response body of `POST /v1/images/generations` (and the edit and variation endpoints). */
export interface ImagesResponse {
  /** Unix timestamp (seconds). */
  created: number;
  data: ImageData[];
  /** GPT Image only. */
  usage?: ImagesUsage;
  background?: "transparent" | "opaque";
  output_format?: "png" | "jpeg" | "webp";
  quality?: "low" | "medium" | "high";
  size?: ImageSize;
}
