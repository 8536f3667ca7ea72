/**
 * @aigw/wire-kit: what providers share beside the plugin contract (as `@rollup/pluginutils`
 * sits beside rollup): sending a request with timeouts mapped to gateway errors (and draining a
 * finished stream), waiting on shared work until the caller aborts, the cached model list,
 * provider credentials read from the vault by name, reading server-sent events, the loop of a
 * translated stream, turning upstream error answers into gateway errors, base64 (bytes, float32
 * embedding vectors, `data:` URLs), and, of the OpenAI wire format (OpenAI itself and the
 * services that speak it), the SSE-to-chunk stream that insists on `[DONE]`, usage extraction,
 * and request bodies; and fitting a chat request to what the upstream model accepts (the
 * capabilities service), reported in the record and a header; and the headers a plugin sends to
 * a service of the operator's (static, and from environment variables).
 */
export * from "./adapt-request.js";
export * from "./base64.js";
export * from "./config-headers.js";
export * from "./credential.js";
export * from "./data-url.js";
export * from "./float32.js";
export * from "./model-list.js";
export * from "./native-call.js";
export * from "./race-abort.js";
export * from "./request-body.js";
export * from "./sse.js";
export * from "./sse-chunks.js";
export * from "./translated-stream.js";
export * from "./transport.js";
export * from "./upstream-error.js";
export * from "./usage.js";
