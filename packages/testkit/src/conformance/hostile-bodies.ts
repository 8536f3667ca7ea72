/**
 * Request bodies for every OpenAI endpoint, to make hostile ones from: for each endpoint a full
 * valid body (every structure a provider translates: tool calls, content parts, JSON formats),
 * the fields whose type OpenAI fixes (a value of another kind is the client's mistake, which the
 * gateway must refuse naming the field), and valid but unusual additions (odd parts, roles, tool
 * kinds, extreme numbers) that must reach providers without crashing them.
 */
import fc from "fast-check";
import { type Kind, nestedText, oddString, rawJson } from "./hostile-values.js";

/** The endpoints OpenAI's API serves on the gateway's own routes. */
export type OpenAIEndpoint =
  | "chat.completions"
  | "completions"
  | "embeddings"
  | "images.generations"
  | "audio.speech"
  | "audio.transcriptions"
  | "moderations";

export const ENDPOINT_ROUTES: Readonly<Record<OpenAIEndpoint, string>> = {
  "chat.completions": "/v1/chat/completions",
  completions: "/v1/completions",
  embeddings: "/v1/embeddings",
  "images.generations": "/v1/images/generations",
  "audio.speech": "/v1/audio/speech",
  "audio.transcriptions": "/v1/audio/transcriptions",
  moderations: "/v1/moderations",
};

export type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

/** A field OpenAI types: the kinds it takes, and whether a body must have it. */
export interface TypedField {
  readonly path: Path;
  readonly accepts: readonly Kind[];
  readonly required?: boolean;
}

export const PNG_DATA_URL =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

const WEATHER_TOOL = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Weather for a city.",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

/** A chat body with a tool round trip, content parts, a JSON schema format and sampling. */
function fullChat(model: string): Json {
  return {
    model,
    messages: [
      { role: "system", content: "Be brief." },
      {
        role: "user",
        content: [
          { type: "text", text: "Weather in Paris?" },
          { type: "image_url", image_url: { url: PNG_DATA_URL, detail: "low" } },
        ],
      },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_1",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: "tool", tool_call_id: "call_1", content: "sunny" },
      { role: "user", content: "And tomorrow?" },
    ],
    tools: [WEATHER_TOOL],
    tool_choice: "auto",
    response_format: { type: "json_schema", json_schema: { name: "answer", schema: { type: "object" } } },
    temperature: 0.5,
    top_p: 0.9,
    n: 1,
    max_tokens: 50,
    stop: ["END"],
    seed: 7,
    user: "user-1",
    metadata: { team: "a" },
    logit_bias: { "50256": -100 },
    stream_options: { include_usage: true },
  };
}

export function fullBody(endpoint: Exclude<OpenAIEndpoint, "audio.transcriptions">, model: string): Json {
  switch (endpoint) {
    case "chat.completions":
      return fullChat(model);
    case "completions":
      return {
        model,
        prompt: ["Once upon", "a time"],
        suffix: "The end.",
        echo: false,
        best_of: 1,
        logprobs: 0,
        max_tokens: 16,
        n: 1,
        stop: "\n",
        temperature: 0.7,
        seed: 3,
        user: "user-1",
        logit_bias: { "50256": -100 },
      };
    case "embeddings":
      return {
        model,
        input: ["first text", "second text"],
        encoding_format: "float",
        dimensions: 8,
        user: "u",
      };
    case "images.generations":
      return {
        model,
        prompt: "a cat",
        n: 1,
        size: "1024x1024",
        quality: "standard",
        response_format: "b64_json",
      };
    case "audio.speech":
      return { model, input: "Hello there.", voice: "alloy", response_format: "mp3", speed: 1 };
    case "moderations":
      return {
        model,
        input: [
          { type: "text", text: "Is this fine?" },
          { type: "image_url", image_url: { url: PNG_DATA_URL } },
        ],
      };
  }
}

const N: Kind[] = ["number", "null"];
const I: Kind[] = ["integer", "null"];
const S: Kind[] = ["string"];
const SN: Kind[] = ["string", "null"];
const O: Kind[] = ["object"];
const ON: Kind[] = ["object", "null"];
const A: Kind[] = ["array"];
const B: Kind[] = ["boolean"];
const BN: Kind[] = ["boolean", "null"];
const TEXT: Kind[] = ["string", "array"];

const SAMPLING: TypedField[] = [
  { path: ["model"], accepts: S, required: true },
  { path: ["stream"], accepts: BN },
  { path: ["stream_options"], accepts: ON },
  { path: ["stream_options", "include_usage"], accepts: B },
  { path: ["n"], accepts: I },
  { path: ["temperature"], accepts: N },
  { path: ["top_p"], accepts: N },
  { path: ["presence_penalty"], accepts: N },
  { path: ["frequency_penalty"], accepts: N },
  { path: ["max_tokens"], accepts: I },
  { path: ["stop"], accepts: ["string", "array", "null"] },
  { path: ["logit_bias"], accepts: ON },
  { path: ["logit_bias", "50256"], accepts: ["number"] },
  { path: ["seed"], accepts: I },
  { path: ["user"], accepts: S },
];

/** The typed fields of each endpoint's full body. */
export const TYPED_FIELDS: Readonly<Record<Exclude<OpenAIEndpoint, "audio.transcriptions">, TypedField[]>> = {
  "chat.completions": [
    ...SAMPLING,
    { path: ["stop", 0], accepts: S },
    { path: ["max_completion_tokens"], accepts: I },
    { path: ["logprobs"], accepts: BN },
    { path: ["top_logprobs"], accepts: I },
    { path: ["parallel_tool_calls"], accepts: B },
    { path: ["reasoning_effort"], accepts: SN },
    { path: ["modalities"], accepts: ["array", "null"] },
    { path: ["audio"], accepts: ON },
    { path: ["prediction"], accepts: ON },
    { path: ["metadata"], accepts: ON },
    { path: ["metadata", "team"], accepts: S },
    { path: ["store"], accepts: BN },
    { path: ["web_search_options"], accepts: O },
    { path: ["response_format"], accepts: O },
    { path: ["response_format", "type"], accepts: S, required: true },
    { path: ["response_format", "json_schema"], accepts: O, required: true },
    { path: ["response_format", "json_schema", "name"], accepts: S, required: true },
    { path: ["response_format", "json_schema", "schema"], accepts: O },
    { path: ["tool_choice"], accepts: ["string", "object"] },
    { path: ["tools"], accepts: A },
    { path: ["tools", 0], accepts: O },
    { path: ["tools", 0, "type"], accepts: S, required: true },
    { path: ["tools", 0, "function"], accepts: O, required: true },
    { path: ["tools", 0, "function", "name"], accepts: S, required: true },
    { path: ["tools", 0, "function", "description"], accepts: S },
    { path: ["tools", 0, "function", "parameters"], accepts: O },
    { path: ["tools", 0, "function", "strict"], accepts: BN },
    { path: ["functions"], accepts: A },
    { path: ["messages"], accepts: A, required: true },
    { path: ["messages", 0], accepts: O },
    { path: ["messages", 0, "role"], accepts: S, required: true },
    { path: ["messages", 0, "content"], accepts: TEXT, required: true },
    { path: ["messages", 0, "name"], accepts: S },
    { path: ["messages", 1, "content"], accepts: TEXT, required: true },
    { path: ["messages", 1, "content", 0], accepts: O },
    { path: ["messages", 1, "content", 0, "type"], accepts: S, required: true },
    { path: ["messages", 1, "content", 0, "text"], accepts: S, required: true },
    { path: ["messages", 1, "content", 1, "image_url"], accepts: O, required: true },
    { path: ["messages", 1, "content", 1, "image_url", "url"], accepts: S, required: true },
    { path: ["messages", 1, "content", 1, "image_url", "detail"], accepts: S },
    { path: ["messages", 2, "content"], accepts: ["string", "array", "null"] },
    { path: ["messages", 2, "refusal"], accepts: SN },
    { path: ["messages", 2, "tool_calls"], accepts: A },
    { path: ["messages", 2, "tool_calls", 0], accepts: O },
    { path: ["messages", 2, "tool_calls", 0, "id"], accepts: S, required: true },
    { path: ["messages", 2, "tool_calls", 0, "type"], accepts: S, required: true },
    { path: ["messages", 2, "tool_calls", 0, "function"], accepts: O, required: true },
    { path: ["messages", 2, "tool_calls", 0, "function", "name"], accepts: S, required: true },
    { path: ["messages", 2, "tool_calls", 0, "function", "arguments"], accepts: S, required: true },
    { path: ["messages", 3, "tool_call_id"], accepts: S, required: true },
    { path: ["messages", 3, "content"], accepts: TEXT, required: true },
    { path: ["messages", 4, "content"], accepts: TEXT, required: true },
  ],
  completions: [
    ...SAMPLING,
    { path: ["prompt"], accepts: ["string", "array", "null"], required: true },
    { path: ["prompt", 0], accepts: S },
    { path: ["suffix"], accepts: SN },
    { path: ["echo"], accepts: BN },
    { path: ["best_of"], accepts: I },
    { path: ["logprobs"], accepts: I },
  ],
  embeddings: [
    { path: ["model"], accepts: S, required: true },
    { path: ["input"], accepts: TEXT, required: true },
    { path: ["input", 0], accepts: S },
    { path: ["encoding_format"], accepts: S },
    { path: ["dimensions"], accepts: ["integer"] },
    { path: ["user"], accepts: S },
  ],
  "images.generations": [
    { path: ["prompt"], accepts: S, required: true },
    { path: ["model"], accepts: SN },
    { path: ["n"], accepts: I },
    { path: ["size"], accepts: SN },
    { path: ["quality"], accepts: SN },
    { path: ["response_format"], accepts: SN },
    { path: ["style"], accepts: SN },
    { path: ["output_compression"], accepts: I },
    { path: ["stream"], accepts: BN },
    { path: ["user"], accepts: S },
  ],
  "audio.speech": [
    { path: ["model"], accepts: S, required: true },
    { path: ["input"], accepts: S, required: true },
    { path: ["voice"], accepts: ["string", "object"], required: true },
    { path: ["instructions"], accepts: S },
    { path: ["response_format"], accepts: S },
    { path: ["speed"], accepts: ["number"] },
  ],
  moderations: [
    { path: ["model"], accepts: S },
    { path: ["input"], accepts: TEXT, required: true },
    { path: ["input", 0], accepts: ["string", "object"] },
    { path: ["input", 0, "type"], accepts: S, required: true },
    { path: ["input", 0, "text"], accepts: S, required: true },
    { path: ["input", 1, "image_url"], accepts: O, required: true },
    { path: ["input", 1, "image_url", "url"], accepts: S, required: true },
  ],
};

/** An edit of a body (applied to a copy). */
export type Edit = (body: Json) => void;

const set =
  (key: string, value: unknown): Edit =>
  (body) => {
    body[key] = value;
  };

const lastUser = (body: Json): Json => {
  const messages = body.messages as Json[];
  return messages.findLast((m) => m.role === "user") ?? messages[0]!;
};

const imageUrl = fc.constantFrom(
  PNG_DATA_URL,
  "https://example.com/cat.png",
  "http://127.0.0.1:1/refused.png",
  "gs://bucket/cat.jpg",
  "s3://bucket/cat.webp",
  "data:,%",
  "data:image/svg+xml;base64,PHN2Zz4=",
  "ftp://example.com/x",
  "",
);

const userPart: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ type: fc.constant("text"), text: oddString }),
  imageUrl.map((url) => ({ type: "image_url", image_url: { url } })),
  fc
    .constantFrom("wav", "mp3", "flac", "")
    .map((format) => ({ type: "input_audio", input_audio: { data: "UklGRg==", format } })),
  fc.constantFrom(
    { type: "file", file: { file_data: "data:application/pdf;base64,JVBERi0=", filename: "a.pdf" } },
    { type: "file", file: { file_id: "file-abc" } },
    { type: "file", file: {} },
    { type: "file", file: { file_data: "JVBERi0=" } },
    { type: "video_url", video_url: { url: "https://example.com/v.mp4" } },
    { type: "text", text: "cached", cache_control: { type: "ephemeral" } },
  ),
);

const toolChoice = fc.constantFrom(
  "auto",
  "none",
  "required",
  { type: "function", function: { name: "get_weather" } },
  { type: "function", function: { name: "missing_tool" } },
  { type: "custom", custom: { name: "grammar" } },
  {
    type: "allowed_tools",
    allowed_tools: { mode: "auto", tools: [{ type: "function", name: "get_weather" }] },
  },
);

/** A schema nested `levels` deep (legal, if unusual), as tool parameters. */
function deepSchema(levels: number): Json {
  let schema: Json = { type: "string" };
  for (let i = 0; i < levels; i++) schema = { type: "object", properties: { next: schema } };
  return schema;
}

const responseFormat = fc.constantFrom(
  { type: "text" },
  { type: "json_object" },
  { type: "json_schema", json_schema: { name: "answer", schema: { type: "object" }, strict: true } },
  {
    type: "json_schema",
    json_schema: { name: "list", schema: { type: "array", items: { type: "string" } } },
  },
  { type: "json_schema", json_schema: { name: "bare" } },
  { type: "grammar", grammar: "root ::= x" },
);

/** Valid but unusual additions to a chat body. */
const chatEdits: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom<Edit>(
    (b) => (b.messages as Json[]).unshift({ role: "developer", content: [{ type: "text", text: "Rules." }] }),
    (b) => (b.messages as Json[]).unshift({ role: "system", content: "" }),
    (b) => (b.messages as Json[]).push({ role: "critic", content: "An unknown role." }),
    (b) =>
      (b.messages as Json[]).push({
        role: "assistant",
        content: [
          { type: "text", text: "Partly." },
          { type: "refusal", refusal: "No." },
        ],
      }),
    (b) =>
      (b.messages as Json[]).push({
        role: "assistant",
        content: null,
        function_call: { name: "f", arguments: "{}" },
      }),
    (b) => (b.messages as Json[]).push({ role: "function", name: "f", content: null }),
    (b) =>
      (b.messages as Json[]).push(
        {
          role: "assistant",
          tool_calls: [{ id: "c9", type: "custom", custom: { name: "grammar", input: "x" } }],
        },
        { role: "tool", tool_call_id: "c9", content: [{ type: "text", text: "done" }] },
      ),
    (b) =>
      (b.messages as Json[]).push(
        {
          role: "assistant",
          tool_calls: [{ id: "c7", type: "function", function: { name: "get_weather", arguments: "[1]" } }],
        },
        { role: "tool", tool_call_id: "unknown-id", content: "{not json" },
      ),
    (b) => {
      b.tools = [{ type: "custom", custom: { name: "grammar", description: "free text" } }];
    },
    (b) => {
      b.tools = [{ type: "function", function: { name: "deep", parameters: deepSchema(40) } }];
    },
    (b) => {
      b.functions = [{ name: "f", parameters: { type: "object" } }];
      b.function_call = "auto";
    },
    set("function_call", { name: "f" }),
    set("modalities", ["text", "audio"]),
    set("audio", { voice: "alloy", format: "wav" }),
    set("prediction", { type: "content", content: "predicted" }),
    set("reasoning_effort", "high"),
    set("reasoning_effort", "bogus"),
    set("parallel_tool_calls", false),
    set("logprobs", true),
    set("top_logprobs", 20),
    set("stop", []),
    set("stop", ["", "\ud800", "x".repeat(100)]),
    set("stream", true),
    set("stream_options", { include_usage: true }),
    set("top_k", 5),
    set("thinking", { type: "enabled", budget_tokens: 1024 }),
    set("metadata", { "bad key!": "v", a: "\ud800" }),
    set("web_search_options", {}),
  ),
  userPart.map<Edit>((part) => (b) => {
    lastUser(b).content = [part];
  }),
  fc.array(userPart, { minLength: 2, maxLength: 4 }).map<Edit>((parts) => (b) => {
    lastUser(b).content = parts;
  }),
  toolChoice.map<Edit>((choice) => (b) => {
    b.tools ??= [WEATHER_TOOL];
    b.tool_choice = choice;
  }),
  responseFormat.map((format) => set("response_format", format)),
  fc
    .constantFrom("n", "max_tokens", "max_completion_tokens", "seed", "top_logprobs")
    .chain((key) => fc.constantFrom(0, 1, 3, 2 ** 53 + 2, 1e308).map((value) => set(key, value))),
  fc
    .constantFrom("temperature", "top_p", "presence_penalty", "frequency_penalty")
    .chain((key) => fc.constantFrom(-1e308, -1, 0, 2.5, 1e308).map((value) => set(key, value))),
  oddString.map((user) => set("user", user)),
  oddString.map((model) => set("model", model === "" ? "m" : model)),
);

/** Valid but unusual additions, per endpoint. */
export const EDITS: Readonly<Record<Exclude<OpenAIEndpoint, "audio.transcriptions">, fc.Arbitrary<Edit>>> = {
  "chat.completions": chatEdits,
  completions: fc.oneof(
    fc
      .constantFrom<unknown>(null, "", [], [1, 2, 3], [[1, 2], [3]], [[]], ["a", "b"], "x".repeat(3000))
      .map((prompt) => set("prompt", prompt)),
    fc.constantFrom<Edit>(
      set("echo", true),
      set("stream", true),
      set("n", 3),
      set("best_of", 4),
      set("logprobs", 5),
      set("suffix", null),
      set("stop", ["a", ""]),
      set("max_tokens", 0),
    ),
  ),
  embeddings: fc.oneof(
    fc
      .constantFrom<unknown>(
        "",
        "one",
        [""],
        [1, 2, 3],
        [[1], [2, 3]],
        Array.from({ length: 96 }, (_, i) => `t${i}`),
      )
      .map((input) => set("input", input)),
    fc.constantFrom<Edit>(
      set("encoding_format", "base64"),
      set("dimensions", 1),
      set("dimensions", 100_000),
      set("input_type", "search_query"),
      set("input_type", 5),
    ),
  ),
  "images.generations": fc.constantFrom<Edit>(
    set("n", 10),
    set("n", 1e308),
    set("model", null),
    set("response_format", "url"),
    set("stream", true),
    set("size", "1x1"),
    set("prompt", "\ud800"),
  ),
  "audio.speech": fc.constantFrom<Edit>(
    set("voice", { id: "voice_123" }),
    set("response_format", "pcm"),
    set("speed", 1e308),
    set("stream_format", "sse"),
    set("input", "\u0000"),
    set("input", "x".repeat(5000)),
  ),
  moderations: fc.oneof(
    fc
      .constantFrom<unknown>(
        "",
        [],
        [""],
        ["one", "two"],
        Array.from({ length: 40 }, (_, i) => `t${i}`),
        [{ type: "image_url", image_url: { url: "https://example.com/cat.png" } }],
        [{ type: "text", text: "" }],
        [{ type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } }],
        ["text", { type: "text", text: "a part" }],
      )
      .map((input) => set("input", input)),
    fc.constantFrom<Edit>(
      (b) => {
        delete b.model;
      },
      set("model", "omni-moderation-latest"),
      set("stream", true),
      set("input", "\ud800"),
    ),
  ),
};

/** Legal depth, illegal depth: JSON text spliced in as a value. */
export const DEEP_VALUES = [
  rawJson(nestedText(10_000)),
  rawJson(nestedText(10_000, "{")),
  rawJson(nestedText(100)),
];
