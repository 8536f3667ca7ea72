/**
 * The parts of Cohere's v2 wire format this plugin reads and writes (Chat API v2 request,
 * response and stream events; Embed API v2), as documented in Cohere's API reference
 * (https://docs.cohere.com/reference/chat, /reference/chat-stream, /reference/embed).
 * Everything is optional on the way in: answers are checked field by field, never trusted.
 */
import type { JsonObject } from "@aigw/plugin-api";

export interface CohereTextContent {
  type: "text";
  text: string;
}

export interface CohereImageContent {
  type: "image_url";
  image_url: { url: string; detail?: "auto" | "low" | "high" };
}

export interface CohereToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

export type CohereMessage =
  | { role: "system"; content: string }
  | { role: "user"; content: string | (CohereTextContent | CohereImageContent)[] }
  | { role: "assistant"; content?: string; tool_plan?: string; tool_calls?: CohereToolCall[] }
  | { role: "tool"; tool_call_id: string; content: string };

export interface CohereTool {
  type: "function";
  function: { name: string; description?: string; parameters: JsonObject };
}

/** Body of `POST /v2/chat`. */
export interface CohereChatRequest {
  model: string;
  messages: CohereMessage[];
  stream: boolean;
  tools?: CohereTool[];
  strict_tools?: boolean;
  tool_choice?: "REQUIRED" | "NONE";
  response_format?: { type: "text" } | { type: "json_object"; json_schema?: JsonObject };
  max_tokens?: number;
  stop_sequences?: string[];
  temperature?: number;
  seed?: number;
  frequency_penalty?: number;
  presence_penalty?: number;
  k?: number;
  p?: number;
  [extra: string]: unknown;
}

/** `usage` of a chat answer or `message-end` event. */
export interface CohereUsage {
  billed_units?: { input_tokens?: number; output_tokens?: number };
  tokens?: { input_tokens?: number; output_tokens?: number };
  /** Prompt tokens served from Cohere's inference cache. */
  cached_tokens?: number;
}

/** Response body of a non-streamed `POST /v2/chat`. */
export interface CohereChatResponse {
  id?: string;
  finish_reason?: string;
  message?: {
    role?: string;
    content?: { type?: string; text?: string; thinking?: string }[];
    tool_plan?: string;
    tool_calls?: { id?: string; type?: string; function?: { name?: string; arguments?: unknown } }[];
    citations?: unknown[];
  };
  usage?: CohereUsage;
}

/** One streamed event (the `data` of an SSE event), discriminated on `type`. */
export interface CohereStreamEvent {
  type?: string;
  id?: string;
  index?: number;
  delta?: {
    message?: {
      role?: string;
      content?: { type?: string; text?: string; thinking?: string };
      tool_plan?: string;
      tool_calls?: { id?: string; type?: string; function?: { name?: string; arguments?: unknown } };
    };
    finish_reason?: string;
    error?: string;
    usage?: CohereUsage;
  };
  /** Some error events carry only a message. */
  message?: unknown;
}

/** Body of `POST /v2/embed`. */
export interface CohereEmbedRequest {
  model: string;
  texts: string[];
  input_type: string;
  embedding_types: ["float"];
  output_dimension?: number;
}

/** Response body of `POST /v2/embed`. */
export interface CohereEmbedResponse {
  id?: string;
  embeddings?: { float?: number[][] };
  texts?: string[];
  meta?: { billed_units?: { input_tokens?: number } };
}
