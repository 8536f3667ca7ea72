/**
 * Images and files for Converse content blocks. Bedrock takes image *bytes* (png, jpeg, gif,
 * webp) or an S3 location, never an http(s) URL. So:
 * - `data:image/...;base64,` URLs become `{image: {format, source: {bytes}}}` as they are;
 * - `s3://bucket/key` becomes `{image: {format, source: {s3Location: {uri}}}}` (format from the
 *   extension; the caller's AWS principal needs read access to the object);
 * - http(s) URLs are downloaded through the gateway's HTTP client (config `imageUrls: fetch`, the
 *   default; size-capped, format sniffed from the bytes) or refused with a 400 (`reject`).
 * Files (`type: "file"` parts with base64 `file_data`) become `{document: ...}` blocks.
 */
import {
  type AbortSignalLike,
  GatewayError,
  type HttpClient,
  isGatewayError,
  type JsonObject,
} from "@aigw/plugin-api";
import { bytesToBase64, isBase64, parseDataUrl } from "@aigw/wire-kit";

export type ImageFormat = "png" | "jpeg" | "gif" | "webp";

export interface ImageOptions {
  mode: "fetch" | "reject";
  maxBytes: number;
  http: HttpClient;
  signal: AbortSignalLike;
}

const FETCH_TIMEOUT_MS = 20_000;

const MIME_FORMATS: Record<string, ImageFormat> = {
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/jpg": "jpeg",
  "image/gif": "gif",
  "image/webp": "webp",
};

const EXTENSION_FORMATS: Record<string, ImageFormat> = {
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  gif: "gif",
  webp: "webp",
};

/** Document formats Converse accepts, by MIME type. */
const DOCUMENT_FORMATS: Record<string, string> = {
  "application/pdf": "pdf",
  "text/csv": "csv",
  "application/msword": "doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.ms-excel": "xls",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "text/html": "html",
  "text/plain": "txt",
  "text/markdown": "md",
};

function invalid(message: string, param: string): GatewayError {
  return new GatewayError("invalid_request", message, { param });
}

/** The Converse image block for an OpenAI `image_url` (which may need a download). */
export async function imageBlock(url: string, param: string, options: ImageOptions): Promise<JsonObject> {
  if (url.startsWith("data:")) {
    const parsed = parseDataUrl(url);
    if (!parsed?.base64)
      throw invalid("Image data URLs must be base64 (data:image/<type>;base64,...).", param);
    const format = MIME_FORMATS[parsed.mediaType];
    if (!format) {
      throw invalid(`Bedrock takes png, jpeg, gif or webp images, not ${parsed.mediaType}.`, param);
    }
    if (!isBase64(parsed.data)) throw invalid("The image data URL is not valid base64.", param);
    return { image: { format, source: { bytes: parsed.data } } };
  }
  if (url.startsWith("s3://")) {
    const extension = /\.([a-z0-9]+)$/i.exec(url)?.[1]?.toLowerCase();
    const format = extension ? EXTENSION_FORMATS[extension] : undefined;
    if (!format) throw invalid("An s3:// image URL must end in .png, .jpg, .jpeg, .gif or .webp.", param);
    return { image: { format, source: { s3Location: { uri: url } } } };
  }
  if (!/^https?:\/\//i.test(url)) {
    throw invalid("Image URLs must be http(s), s3:// or base64 data: URLs.", param);
  }
  if (options.mode === "reject") {
    throw invalid(
      "Bedrock cannot fetch image URLs and this gateway does not download them: send the image as a base64 data: URL.",
      param,
    );
  }
  const bytes = await download(url, param, options);
  const format = sniff(bytes);
  if (!format) throw invalid(`The image at ${url} is not a png, jpeg, gif or webp image.`, param);
  return { image: { format, source: { bytes: bytesToBase64(bytes) } } };
}

/** The Converse document block for an OpenAI `file` part. */
export function documentBlock(
  file: { file_data?: string; file_id?: string; filename?: string },
  index: number,
  param: string,
): JsonObject {
  if (!file.file_data) {
    throw invalid("Bedrock cannot read uploaded file ids: send the file inline as base64 file_data.", param);
  }
  const parsed = parseDataUrl(file.file_data);
  if (!parsed?.base64) throw invalid("file_data must be a base64 data: URL (data:<mime>;base64,...).", param);
  const format = DOCUMENT_FORMATS[parsed.mediaType];
  if (!format) {
    throw invalid(
      `Bedrock takes pdf, csv, doc, docx, xls, xlsx, html, txt or md documents, not ${parsed.mediaType}.`,
      param,
    );
  }
  if (!isBase64(parsed.data)) throw invalid("The file data is not valid base64.", param);
  return { document: { format, name: documentName(file.filename, index), source: { bytes: parsed.data } } };
}

/**
 * Converse document names allow letters, digits, single spaces, hyphens, parentheses and square
 * brackets only; anything else becomes a space (runs collapsed), and the extension is dropped.
 */
function documentName(filename: string | undefined, index: number): string {
  const base = (filename ?? "").replace(/\.[^.]*$/, "");
  const cleaned = base
    .replace(/[^A-Za-z0-9\-()[\] ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned || `document ${index + 1}`;
}

async function download(url: string, param: string, options: ImageOptions): Promise<Uint8Array> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal.reason);
  options.signal.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new Error("image download timeout")), FETCH_TIMEOUT_MS);
  try {
    let res: Awaited<ReturnType<HttpClient["request"]>>;
    try {
      res = await options.http.request({
        url,
        method: "GET",
        headers: { accept: "image/png, image/jpeg, image/gif, image/webp" },
        signal: controller.signal,
        headersTimeoutMs: FETCH_TIMEOUT_MS,
      });
    } catch (error) {
      if (options.signal.aborted) throw error;
      throw new GatewayError("invalid_request", `Could not download the image at ${url}.`, {
        param,
        cause: error,
      });
    }
    if (res.status !== 200) {
      await res.dump().catch(() => {});
      throw invalid(`Could not download the image at ${url} (HTTP ${res.status}).`, param);
    }
    const declared = Number(res.headers["content-length"]);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await res.dump().catch(() => {});
      throw invalid(`The image at ${url} is larger than ${options.maxBytes} bytes.`, param);
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const part of res.body) {
        size += part.length;
        if (size > options.maxBytes) {
          controller.abort(new Error("image too large"));
          throw invalid(`The image at ${url} is larger than ${options.maxBytes} bytes.`, param);
        }
        parts.push(part);
      }
    } catch (error) {
      if (isGatewayError(error) || options.signal.aborted) throw error;
      throw new GatewayError("invalid_request", `Could not download the image at ${url}.`, {
        param,
        cause: error,
      });
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener("abort", onAbort);
  }
}

/** The image format from its first bytes (more reliable than a server's content-type). */
export function sniff(bytes: Uint8Array): ImageFormat | undefined {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (at(0, 0xff, 0xd8, 0xff)) return "jpeg";
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return "gif";
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "webp";
  return undefined;
}
