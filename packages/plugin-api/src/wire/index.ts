/**
 * Pieces of the OpenAI wire format that several providers share (OpenAI itself and the
 * services that speak its format): sending a request with timeouts mapped to gateway errors,
 * the SSE-to-chunk stream that insists on `[DONE]`, usage extraction, and request bodies.
 */
export * from "./request-body.js";
export * from "./sse-chunks.js";
export * from "./transport.js";
export * from "./usage.js";
