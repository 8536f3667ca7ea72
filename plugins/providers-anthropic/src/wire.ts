/**
 * The parts of Anthropic's Messages API wire format this provider speaks (request body, the
 * Message answer, stream events, error body), as documented in Anthropic's API reference
 * (https://docs.claude.com/en/api/messages, /en/docs/build-with-claude/streaming, /en/api/errors).
 * Only what the translation reads or writes is modelled; anything else is passed over.
 */
import type { JsonObject, JsonValue } from "@aigw/plugin-api";

export interface CacheControl {
  type: "ephemeral";
  ttl?: string;
}

export interface TextBlockParam {
  type: "text";
  text: string;
  cache_control?: CacheControl;
}

export interface ImageBlockParam {
  type: "image";
  source: { type: "base64"; media_type: string; data: string } | { type: "url"; url: string };
  cache_control?: CacheControl;
}

export interface DocumentBlockParam {
  type: "document";
  source: { type: "base64"; media_type: "application/pdf"; data: string };
  cache_control?: CacheControl;
}

export interface ToolUseBlockParam {
  type: "tool_use";
  id: string;
  name: string;
  input: JsonObject;
}

export interface ToolResultBlockParam {
  type: "tool_result";
  tool_use_id: string;
  content?: string;
}

export type ContentBlockParam =
  | TextBlockParam
  | ImageBlockParam
  | DocumentBlockParam
  | ToolUseBlockParam
  | ToolResultBlockParam;

export interface MessageParam {
  role: "user" | "assistant";
  content: ContentBlockParam[];
}

export interface ToolParam {
  name: string;
  description?: string;
  input_schema: JsonObject;
}

export type ToolChoiceParam =
  | { type: "auto"; disable_parallel_tool_use?: boolean }
  | { type: "any"; disable_parallel_tool_use?: boolean }
  | { type: "tool"; name: string; disable_parallel_tool_use?: boolean }
  | { type: "none" };

/** The body of `POST /v1/messages`. */
export interface MessagesRequest {
  model: string;
  max_tokens: number;
  messages: MessageParam[];
  system?: string | TextBlockParam[];
  temperature?: number;
  top_p?: number;
  top_k?: number;
  stop_sequences?: string[];
  tools?: ToolParam[];
  tool_choice?: ToolChoiceParam;
  metadata?: { user_id: string };
  output_config?: { format: { type: "json_schema"; schema: JsonObject } };
  thinking?: JsonValue;
  stream?: boolean;
}

/** A content block of an answer; unknown block types (server tools...) carry other fields. */
export type ContentBlock =
  | { type: "text"; text: string }
  | { type: "tool_use"; id: string; name: string; input: JsonValue }
  | { type: "thinking"; thinking: string; signature?: string }
  | { type: "redacted_thinking"; data: string }
  | { type: string; [key: string]: unknown };

export interface AnthropicUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}

/** The answer of a non-streamed `POST /v1/messages`. */
export interface Message {
  id: string;
  type: "message";
  role: "assistant";
  model: string;
  content: ContentBlock[];
  stop_reason: string | null;
  stop_sequence?: string | null;
  usage?: AnthropicUsage;
}

/** `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`. */
export interface ErrorBody {
  type: "error";
  error: { type: string; message: string };
}

/** The data of each server-sent event of a streamed answer, discriminated on `type`. */
export type StreamEvent =
  | { type: "message_start"; message: Omit<Message, "content"> & { content?: ContentBlock[] } }
  | { type: "content_block_start"; index: number; content_block: ContentBlock }
  | { type: "content_block_delta"; index: number; delta: BlockDelta }
  | { type: "content_block_stop"; index: number }
  | {
      type: "message_delta";
      delta: { stop_reason?: string | null; stop_sequence?: string | null };
      usage?: AnthropicUsage;
    }
  | { type: "message_stop" }
  | { type: "ping" }
  | ErrorBody;

export type BlockDelta =
  | { type: "text_delta"; text: string }
  | { type: "input_json_delta"; partial_json: string }
  | { type: "thinking_delta"; thinking: string }
  | { type: "signature_delta"; signature: string }
  | { type: string; [key: string]: unknown };
