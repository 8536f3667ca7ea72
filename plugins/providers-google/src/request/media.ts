/**
 * Images, audio and files in user messages as Google parts. `data:` URLs become `inlineData`
 * (base64 bytes with their MIME type). Other URLs become `fileData {fileUri, mimeType}`: Vertex
 * AI reads gs:// objects and public http(s) URLs; the Gemini API reads Files API URIs, YouTube,
 * registered gs:// objects and (since its 2026 file-input update) public or signed http(s) URLs.
 * For upstreams that cannot reach the URL, `imageUrls: fetch` downloads http(s) images through
 * the gateway and inlines them. fileData needs a MIME type: it is guessed from the URL's
 * extension (image/jpeg when there is none, as image_url parts are images).
 */
import { type CallContext, GatewayError } from "@aigw/plugin-api";
import { bytesToBase64 } from "../auth/base64.js";
import type { Settings } from "../settings.js";
import type { GeminiPart } from "../wire.js";

const BY_EXTENSION: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  heic: "image/heic",
  heif: "image/heif",
  bmp: "image/bmp",
  pdf: "application/pdf",
  txt: "text/plain",
  csv: "text/csv",
  html: "text/html",
  md: "text/markdown",
  mp3: "audio/mp3",
  wav: "audio/wav",
  flac: "audio/flac",
  ogg: "audio/ogg",
  m4a: "audio/m4a",
  mp4: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
};

/** The MIME type for a URL or file name from its extension. */
export function mimeFromName(name: string, fallback: string): string {
  const path = name.split(/[?#]/)[0] ?? "";
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || fallback;
}

/** Splits a `data:` URL; undefined when `url` is not one (or its percent-encoding is broken). */
export function parseDataUrl(url: string): { mimeType: string; data: string } | undefined {
  const match = /^data:([^;,]*)((?:;[^;,]*)*?),(.*)$/s.exec(url);
  if (!match) return undefined;
  const mimeType = match[1] || "text/plain";
  const params = match[2] ?? "";
  const payload = match[3] ?? "";
  if (/;base64$/i.test(params)) return { mimeType, data: payload.replace(/\s+/g, "") };
  // A percent-encoded data URL: Google wants base64. A stray `%` makes it no data URL at all.
  let text: string;
  try {
    text = decodeURIComponent(payload);
  } catch {
    return undefined;
  }
  return { mimeType, data: bytesToBase64(new TextEncoder().encode(text)) };
}

export interface MediaContext {
  settings: Settings;
  ctx: CallContext;
  /** For error messages: `messages[2].content[1]`. */
  where: string;
}

/** An `image_url` part. */
export async function imagePart(url: string, m: MediaContext): Promise<GeminiPart> {
  const inline = parseDataUrl(url);
  if (inline) return { inlineData: inline };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https") {
    if (m.settings.imageUrls === "fetch") return { inlineData: await fetchImage(url, m) };
    return { fileData: { mimeType: mimeFromName(url, "image/jpeg"), fileUri: url } };
  }
  if (scheme === "gs") return { fileData: { mimeType: mimeFromName(url, "image/jpeg"), fileUri: url } };
  throw new GatewayError(
    "invalid_request",
    `${m.where}: an image must be a data: URL, an http(s) URL or a gs:// URI.`,
    { param: m.where },
  );
}

/** An `input_audio` part. */
export function audioPart(audio: { data: string; format: string }): GeminiPart {
  return { inlineData: { mimeType: `audio/${audio.format}`, data: audio.data } };
}

/** A `file` part: inline data only (an OpenAI file id means nothing to Google). */
export function filePart(
  file: { file_data?: string; file_id?: string; filename?: string },
  m: MediaContext,
): GeminiPart {
  if (file.file_data) {
    const inline = parseDataUrl(file.file_data);
    if (inline) return { inlineData: inline };
    // Raw base64: the file name says what it is.
    return {
      inlineData: {
        mimeType: mimeFromName(file.filename ?? "", "application/pdf"),
        data: file.file_data.replace(/\s+/g, ""),
      },
    };
  }
  throw new GatewayError(
    "invalid_request",
    `${m.where}: file_id refers to OpenAI's Files API, which ${m.settings.label} cannot read; send the file as file_data.`,
    { param: m.where },
  );
}

/** Downloads an image through the gateway (imageUrls: fetch). */
async function fetchImage(url: string, m: MediaContext): Promise<{ mimeType: string; data: string }> {
  const fail = (why: string, cause?: unknown) =>
    new GatewayError("invalid_request", `${m.where}: could not fetch the image ${url} (${why}).`, {
      param: m.where,
      cause,
    });
  let res: Awaited<ReturnType<CallContext["services"]["http"]["request"]>>;
  try {
    res = await m.ctx.services.http.request({
      url,
      method: "GET",
      headers: { accept: "image/*,application/pdf;q=0.9,*/*;q=0.5" },
      signal: m.ctx.cancellation,
      headersTimeoutMs: 30_000,
    });
  } catch (error) {
    throw fail("the connection failed", error);
  }
  if (res.status < 200 || res.status > 299) {
    await res.dump().catch(() => {});
    throw fail(`HTTP ${res.status}`);
  }
  const length = Number(res.headers["content-length"]);
  if (Number.isFinite(length) && length > m.settings.maxImageBytes) {
    await res.dump().catch(() => {});
    throw fail(`larger than ${m.settings.maxImageBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    if (size > m.settings.maxImageBytes) throw fail(`larger than ${m.settings.maxImageBytes} bytes`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  const declared = (res.headers["content-type"] ?? "").split(";")[0]?.trim();
  const mimeType =
    declared && declared !== "application/octet-stream" ? declared : mimeFromName(url, "image/jpeg");
  return { mimeType, data: bytesToBase64(bytes) };
}
