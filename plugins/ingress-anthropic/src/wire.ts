/**
 * The parts of Anthropic's Messages API wire format this ingress reads and writes, as documented
 * in Anthropic's API reference (platform.claude.com/docs/en/api/messages, .../messages-count-tokens,
 * /en/build-with-claude/streaming, /en/api/errors) and typed by the official TypeScript SDK.
 * Request types describe a body after validation (`parse-request.ts`); fields the translation
 * does not use are not modelled.
 */
import type { JsonObject, JsonValue } from "@aigw/plugin-api";

// ---------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------

export interface TextBlockParam {
  type: "text";
  text: string;
}

export type ImageSource = { type: "base64"; media_type: string; data: string } | { type: "url"; url: string };

export interface ImageBlockParam {
  type: "image";
  source: ImageSource;
}

/** A document: a base64 PDF, plain text, or inline content blocks (URL and file sources are refused). */
export interface DocumentBlockParam {
  type: "document";
  source:
    | { type: "base64"; media_type: string; data: string }
    | { type: "text"; media_type: string; data: string }
    | { type: "content"; content: string | (TextBlockParam | ImageBlockParam)[] };
  title?: string;
}

export interface ToolUseBlockParam {
  type: "tool_use";
  id: string;
  name: string;
  input: JsonValue;
}

export type ToolResultContent = TextBlockParam | ImageBlockParam | DocumentBlockParam;

export interface ToolResultBlockParam {
  type: "tool_result";
  tool_use_id: string;
  content?: string | ToolResultContent[];
  is_error?: boolean;
}

/** Extended-thinking blocks sent back as history: accepted and dropped (no OpenAI counterpart). */
export interface ThinkingBlockParam {
  type: "thinking" | "redacted_thinking";
  thinking?: string;
}

export type ContentBlockParam =
  | TextBlockParam
  | ImageBlockParam
  | DocumentBlockParam
  | ToolUseBlockParam
  | ToolResultBlockParam
  | ThinkingBlockParam;

export interface MessageParam {
  /** `system` messages are accepted too (recent API versions allow them in `messages`). */
  role: "user" | "assistant" | "system";
  content: string | ContentBlockParam[];
}

export interface ToolParam {
  name: string;
  description?: string;
  input_schema: JsonObject;
  strict?: boolean;
}

export interface ToolChoice {
  type: "auto" | "any" | "tool" | "none";
  name?: string;
  disable_parallel_tool_use?: boolean;
}

/** A validated `POST /v1/messages` (or `/count_tokens`, without `max_tokens`) body. */
export interface MessagesRequest {
  model: string;
  max_tokens?: number;
  messages: MessageParam[];
  system?: string | TextBlockParam[];
  stop_sequences?: string[];
  stream?: boolean;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  metadata?: { user_id?: string | null };
  tools?: ToolParam[];
  tool_choice?: ToolChoice;
  output_config?: { format?: { type: "json_schema"; schema: JsonObject } };
}

// ---------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------

export type StopReason = "end_turn" | "max_tokens" | "stop_sequence" | "tool_use" | "refusal";

export interface TextBlock {
  type: "text";
  text: string;
}

export interface ToolUseBlock {
  type: "tool_use";
  id: string;
  name: string;
  input: JsonObject;
}

export type ContentBlock = TextBlock | ToolUseBlock;

export interface Usage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number | null;
  cache_read_input_tokens: number | null;
}

export interface Message {
  id: string;
  type: "message";
  role: "assistant";
  model: string;
  content: ContentBlock[];
  stop_reason: StopReason | null;
  stop_sequence: string | null;
  usage: Usage;
}

/** What `/v1/messages/count_tokens` answers. */
export interface TokenCount {
  input_tokens: number;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

export type ErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "billing_error"
  | "permission_error"
  | "not_found_error"
  | "request_too_large"
  | "rate_limit_error"
  | "api_error"
  | "timeout_error"
  | "overloaded_error";

/** `{"type":"error","error":{"type","message"},"request_id"}`: every error, in a body or a stream. */
export interface ErrorBody {
  type: "error";
  error: { type: ErrorType; message: string };
  request_id?: string | null;
}
