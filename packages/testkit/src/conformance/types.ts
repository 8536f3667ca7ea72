/**
 * The contract every provider plugin fulfils to run the shared conformance suite: how to point
 * the plugin at a fake upstream, how that upstream answers canonical scenarios in the provider's
 * own wire format, and how to read the provider-native request back into a canonical view so the
 * suite can check the translation field by field.
 */
import type { Plugin } from "@aigw/plugin-api";
import type { ModerationVerdict } from "../openai.js";
import type { RecordedRequest } from "../recorded.js";
import type { Reply } from "../replies.js";

export interface CanonicalUsage {
  input: number;
  output: number;
  /** Prompt tokens served from the provider's cache, when the provider reports them. */
  cachedInput?: number;
  /** Reasoning tokens, when the provider reports them. */
  reasoning?: number;
}

export interface CanonicalToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

export type CanonicalFinish = "stop" | "length" | "tool_calls" | "content_filter";

/** A stream body in the provider's framing (SSE text, AWS event stream...), as raw bytes. */
export interface RawStream {
  contentType: string;
  body: Uint8Array;
}

/** The provider's wire format for each canonical scenario. */
export interface WireScript {
  text(text: string, usage: CanonicalUsage, finish: "stop" | "length"): Reply;
  toolCalls(calls: CanonicalToolCall[], usage: CanonicalUsage): Reply;
  streamText(pieces: string[], usage: CanonicalUsage, finish: "stop" | "length"): RawStream;
  /** Parallel tool calls, each call's arguments JSON split into `argumentPieces` parts. */
  streamToolCalls(calls: CanonicalToolCall[], usage: CanonicalUsage, argumentPieces: number): RawStream;
  /** The provider's error body for a status (its own shape, e.g. Anthropic's overloaded_error for 529). */
  error(status: number, message: string): Reply;
  /**
   * A stream that stops before its terminal event: the bytes of the first events only (with no
   * pieces: the opening events, before any content).
   */
  streamCut(pieces: string[]): RawStream;
  /**
   * A stream whose first event's payload is not JSON. Optional for server-sent events (the suite
   * puts `data: {"choices":[{"de` before `streamText`'s events); required for other framings.
   */
  streamMalformed?(): RawStream;
  /** An embeddings answer, for providers that have them. */
  embeddings?(vectors: number[][], usage: CanonicalUsage): Reply;
  /**
   * A moderations answer, one result per verdict (categories in OpenAI's names), for providers
   * that have a moderation API. Without it, the suite checks that the provider refuses
   * `/v1/moderations` with a 400 naming the endpoint, without calling its upstream.
   */
  moderations?(verdicts: ModerationVerdict[]): Reply;
}

export interface SeenMessage {
  role: "user" | "assistant" | "tool";
  /** The text of the message (parts joined). */
  text?: string;
  toolCalls?: CanonicalToolCall[];
  /** For a tool result: the id of the call it answers. */
  toolCallId?: string;
  /** Images as the provider received them: a URL, or `data:<mime>;base64,<data>`. */
  images?: string[];
}

/** The provider-native request, read back into one canonical shape. */
export interface SeenRequest {
  model: string | undefined;
  system: string | undefined;
  messages: SeenMessage[];
  tools: { name: string; description?: string | undefined; parameters?: unknown }[];
  toolChoice?: "auto" | "none" | "required" | { name: string } | undefined;
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  topP?: number | undefined;
  stop?: string[] | undefined;
  stream: boolean;
  /** JSON mode or a JSON schema was asked of the provider. */
  json?: boolean | undefined;
}

export type ConformanceCase =
  | "text"
  | "length"
  | "tools"
  | "tool-results"
  | "images-base64"
  | "images-url"
  | "json-mode"
  | "stream-text"
  | "stream-tools"
  | "stream-split"
  | "stream-cut"
  | "stream-cut-early"
  | "stream-malformed"
  | "broken-json"
  | "errors"
  | "usage-cached"
  | "usage-reasoning"
  | "embeddings"
  | "moderations"
  | "hostile-bodies";

export interface ProviderConformance {
  /** Shown in test names. */
  name: string;
  plugin: Plugin<never>;
  /** The node config that points the plugin at the fake upstream. */
  nodeConfig(upstreamUrl: string): Record<string, unknown>;
  /** Environment variables the plugin reads (API keys). */
  env?: Record<string, string>;
  /** The model the tests ask for (default `test-model`). */
  model?: string;
  wire: WireScript;
  read(request: RecordedRequest): SeenRequest;
  /** Cases that do not apply to this provider, each with the reason. */
  skip?: Partial<Record<ConformanceCase, string>>;
  /** How the provider's node names a vault credential (`describeCredentialConformance`). */
  credential?: CredentialConformance;
}

/** A provider node that reads its secret from the vault by name. */
export interface CredentialConformance {
  /** The node config naming `credential` (and no key of its own), pointed at the fake upstream. */
  nodeConfig(upstreamUrl: string, credential: string): Record<string, unknown>;
  /** The environment of that node (a region, say), never the key. Default: none. */
  env?: Record<string, string>;
  /** The secret an upstream request carried, read from its auth header. */
  sent(request: RecordedRequest): string | undefined;
  /**
   * How a recognisable secret is stored in the vault, and what of it the upstream receives.
   * Default: stored and sent as is.
   */
  store?(secret: string): { value: string; sent: string };
  /** Fields (with values) that cannot be given with `credential`: each is a boot error at its path. */
  conflicting: Record<string, unknown>;
}
