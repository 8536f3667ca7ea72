/**
 * `images.generations`: `n` tiny PNGs whose colour comes from the prompt (same prompt, same
 * image), as `b64_json`, or as a `data:` URL when `response_format` is `url` (no host to serve from).
 */
import { type CallResult, type ImageGenerationRequest, type JsonObject, jsonResult } from "@aigw/plugin-api";
import { bytesToBase64, toDataUrl } from "@aigw/wire-kit";
import { hash53 } from "./hash.js";
import { type MockCall, usage } from "./mock-call.js";
import { solidPng } from "./png.js";
import { estimateTokens } from "./text.js";

const MAX_IMAGES = 10;
const SIDE = 8;

export function images(call: MockCall, body: ImageGenerationRequest): CallResult {
  const n = Math.min(Math.max(1, Math.floor(body.n ?? 1)), MAX_IMAGES);
  const data: JsonObject[] = [];
  for (let i = 0; i < n; i++) {
    const h = hash53(`${body.prompt}\n${i}`);
    const png = bytesToBase64(solidPng(SIDE, [h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff]));
    data.push(body.response_format === "url" ? { url: toDataUrl("image/png", png) } : { b64_json: png });
  }
  call.ctx.annotations.usage = usage(estimateTokens(body.prompt), 0);
  return jsonResult(JSON.stringify({ created: call.created, data }));
}
