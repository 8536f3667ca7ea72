/**
 * The Responses API's wire shapes this ingress reads and writes (field names exactly as on the
 * wire; the `openai` package's `resources/responses` types are the reference). Only what the
 * gateway handles is modelled: other fields are refused at parse time with a clear 400.
 */
import type { JsonObject } from "@aigw/plugin-api";

export type Role = "user" | "assistant" | "system" | "developer";

export interface InputText {
  type: "input_text";
  text: string;
}

export interface InputImage {
  type: "input_image";
  /** An `https://` URL or a `data:image/...;base64,` URL. */
  image_url: string;
  detail: "auto" | "low" | "high";
}

export interface InputFile {
  type: "input_file";
  file_data?: string;
  file_id?: string;
  file_url?: string;
  filename?: string;
}

export interface OutputText {
  type: "output_text";
  text: string;
  annotations: JsonObject[];
  logprobs?: JsonObject[];
}

export interface Refusal {
  type: "refusal";
  refusal: string;
}

export type InputContent = InputText | InputImage | InputFile;

/** A message item: input content for user/system/developer, output content for assistant. */
export interface MessageItem {
  type: "message";
  id?: string;
  role: Role;
  content: Array<InputContent | OutputText | Refusal>;
  status?: ItemStatus;
}

export interface FunctionCallItem {
  type: "function_call";
  id?: string;
  call_id: string;
  name: string;
  arguments: string;
  status?: ItemStatus;
}

export interface FunctionCallOutputItem {
  type: "function_call_output";
  id?: string;
  call_id: string;
  output: string;
  status?: ItemStatus;
}

export interface ReasoningText {
  type: "reasoning_text";
  text: string;
}

export interface ReasoningItem {
  type: "reasoning";
  id?: string;
  summary: { type: "summary_text"; text: string }[];
  content?: ReasoningText[];
  encrypted_content?: string | null;
  status?: ItemStatus;
}

export type ItemStatus = "in_progress" | "completed" | "incomplete";

export type InputItem = MessageItem | FunctionCallItem | FunctionCallOutputItem | ReasoningItem;

/** What a response outputs: an assistant message, a function call, reasoning. */
export type OutputItem = (MessageItem & { id: string; role: "assistant" }) | FunctionCallItem | ReasoningItem;

export interface FunctionTool {
  type: "function";
  name: string;
  description?: string | null;
  parameters?: JsonObject | null;
  strict?: boolean | null;
}

export type ToolChoice =
  | "none"
  | "auto"
  | "required"
  | { type: "function"; name: string }
  | { type: "allowed_tools"; mode: "auto" | "required"; tools: { type: "function"; name: string }[] };

export type TextFormat =
  | { type: "text" }
  | { type: "json_object" }
  | { type: "json_schema"; name: string; schema: JsonObject; description?: string; strict?: boolean | null };

export type Effort = "none" | "minimal" | "low" | "medium" | "high" | "xhigh";

/** A validated `POST /v1/responses` body. */
export interface ResponsesRequest {
  model: string;
  input: InputItem[];
  instructions?: string | undefined;
  tools?: FunctionTool[] | undefined;
  tool_choice?: ToolChoice | undefined;
  text?: { format?: TextFormat; verbosity?: "low" | "medium" | "high" } | undefined;
  reasoning?: { effort?: Effort | null; summary?: string | null } | undefined;
  max_output_tokens?: number | undefined;
  temperature?: number | undefined;
  top_p?: number | undefined;
  parallel_tool_calls?: boolean | undefined;
  metadata?: Record<string, string> | undefined;
  user?: string | undefined;
  store: boolean;
  previous_response_id?: string | undefined;
  stream: boolean;
  stream_options?: { include_obfuscation?: boolean } | undefined;
  truncation?: "auto" | "disabled" | undefined;
  service_tier?: string | undefined;
  prompt_cache_key?: string | undefined;
  safety_identifier?: string | undefined;
  top_logprobs?: number | undefined;
}

export interface Usage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

export type ResponseStatus = "completed" | "failed" | "in_progress" | "incomplete" | "cancelled" | "queued";

/** The Response object. */
export interface ResponseObject {
  id: string;
  object: "response";
  created_at: number;
  status: ResponseStatus;
  completed_at?: number | null;
  error: { code: string; message: string } | null;
  incomplete_details: { reason: "max_output_tokens" | "content_filter" } | null;
  instructions: string | null;
  max_output_tokens: number | null;
  model: string;
  output: OutputItem[];
  parallel_tool_calls: boolean;
  previous_response_id: string | null;
  reasoning: { effort: Effort | null; summary: string | null };
  store: boolean;
  temperature: number | null;
  text: { format: TextFormat; verbosity?: string };
  tool_choice: ToolChoice;
  tools: FunctionTool[];
  top_p: number | null;
  truncation: "auto" | "disabled";
  usage: Usage | null;
  user: string | null;
  metadata: Record<string, string>;
  background: boolean;
  service_tier?: string | null;
}
