/**
 * Hostile requests for the gateway's OpenAI routes, as fast-check arbitraries:
 * - a full valid body with exactly one typed field of the wrong kind, or a required one missing
 *   (the gateway must refuse it with a 400 naming that field);
 * - valid bodies with unusual additions, then random damage anywhere (any value set, a member
 *   removed, an unknown member added, nesting 10,000 levels deep): never a 5xx;
 * - bodies that are not JSON objects (arrays, scalars, broken or empty text), content types that
 *   do not fit the route, and malformed gateway headers (metadata, config override);
 * - multipart uploads for transcriptions with fields missing or of the wrong kind.
 */
import fc from "fast-check";
import {
  DEEP_VALUES,
  EDITS,
  type Edit,
  ENDPOINT_ROUTES,
  fullBody,
  type OpenAIEndpoint,
  type Path,
  TYPED_FIELDS,
  type TypedField,
} from "./hostile-bodies.js";
import { anyValue, nestedText, oddString, spliceRaw, wrongValue } from "./hostile-values.js";

/** A multipart field: text, or a file upload (its content, name and type). */
export type FormField = readonly [
  string,
  string | { readonly file: string; readonly name: string; readonly type: string },
];

export interface HostileRequest {
  readonly endpoint: OpenAIEndpoint;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text (or anything else) as sent, or multipart fields. */
  readonly body: string | readonly FormField[];
  /** The gateway streams its answer (`stream: true` in a JSON body). */
  readonly stream: boolean;
  /** The one field the body gets wrong: the answer must be a 400 whose `param` starts with it. */
  readonly faulty?: string;
  /** The status the answer must have, when the request decides it alone (415 for a wrong type). */
  readonly status?: number;
  /** For embeddings: how many inputs the body has (a fake upstream answers as many vectors). */
  readonly inputs: number;
}

type Json = Record<string, unknown>;
type JsonEndpoint = Exclude<OpenAIEndpoint, "audio.transcriptions">;

/** `["messages", 0, "content"]` -> `messages[0].content`, OpenAI's notation for `param`. */
export function paramOf(path: Path): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

type Container = Record<string | number, unknown>;

/** A member of its own (`__proto__` included, as JSON.parse makes it), never an inherited one. */
function own(node: unknown, key: string | number): unknown {
  return node !== null && typeof node === "object" && Object.hasOwn(node, key)
    ? (node as Container)[key]
    : undefined;
}

/** Sets a member of its own, even one named `__proto__` (plain assignment would set the prototype). */
export function put(node: object, key: string | number, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function parentOf(body: unknown, path: Path): Container | undefined {
  let node: unknown = body;
  for (const key of path.slice(0, -1)) node = own(node, key);
  return node !== null && typeof node === "object" ? (node as Container) : undefined;
}

/** Every object member and array element of `body` (down to a depth, a few per array). */
function pathsOf(body: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (body === null || typeof body !== "object" || prefix.length > 6) return out;
  const keys = Array.isArray(body) ? body.slice(0, 4).map((_, i) => i) : Object.keys(body);
  for (const key of keys) {
    const path = [...prefix, key];
    out.push(path);
    pathsOf(own(body, key), path, out);
  }
  return out;
}

const JSON_HEADERS = { "content-type": "application/json" };

function inputsOf(body: unknown): number {
  const input = (body as Json | null)?.input;
  if (!Array.isArray(input)) return 1;
  return input.length > 0 && typeof input[0] === "number" ? 1 : input.length;
}

/** A JSON body (rawJson markers spliced in). */
function jsonRequest(
  endpoint: OpenAIEndpoint,
  body: Json,
  extra: Partial<HostileRequest> = {},
): HostileRequest {
  return {
    endpoint,
    path: ENDPOINT_ROUTES[endpoint],
    headers: JSON_HEADERS,
    body: spliceRaw(body),
    stream: body.stream === true,
    inputs: inputsOf(body),
    ...extra,
  };
}

/** A body sent as this very text. */
function textRequest(
  endpoint: OpenAIEndpoint,
  text: string,
  extra: Partial<HostileRequest> = {},
): HostileRequest {
  return {
    endpoint,
    path: ENDPOINT_ROUTES[endpoint],
    headers: JSON_HEADERS,
    body: text,
    stream: false,
    inputs: 1,
    ...extra,
  };
}

/** A full valid body with one typed field broken. */
function wrongField(endpoint: JsonEndpoint, model: string): fc.Arbitrary<HostileRequest> {
  const full = fullBody(endpoint, model);
  const fields = TYPED_FIELDS[endpoint].filter((f) => parentOf(full, f.path) !== undefined);
  return fc.constantFrom(...fields).chain((field: TypedField) => {
    const removal = field.required ? [fc.constant(undefined)] : [];
    return fc.oneof(wrongValue(field.accepts), ...removal).map((value) => {
      const body = structuredClone(full);
      const parent = parentOf(body, field.path)!;
      const key = field.path.at(-1)!;
      if (value === undefined) delete parent[key];
      else put(parent, key, value);
      return jsonRequest(endpoint, body, { faulty: paramOf(field.path) });
    });
  });
}

/** Damage at one place of a body: any value set, a member removed, an unknown member added. */
function damage(body: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(body);
  return fc.tuple(fc.nat(paths.length), fc.nat(3), anyValue, oddString).map(([at, how, value, name]) => {
    const copy = structuredClone(body);
    const path = paths[at] ?? [name || "extra"];
    const parent = parentOf(copy, path);
    if (!parent) return copy;
    const key = path.at(-1)!;
    if (how === 0) {
      if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
      else delete parent[key];
    } else if (how === 1) {
      const target = own(parent, key);
      if (target !== null && typeof target === "object" && !Array.isArray(target))
        put(target, name || "extra", value);
      else put(parent, key, value);
    } else put(parent, key, value);
    return copy;
  });
}

const MINIMAL: Readonly<Record<JsonEndpoint, (model: string) => Json>> = {
  "chat.completions": (model) => ({ model, messages: [{ role: "user", content: "Hi" }] }),
  completions: (model) => ({ model, prompt: "Hi" }),
  embeddings: (model) => ({ model, input: "Hi" }),
  "images.generations": (model) => ({ model, prompt: "a cat" }),
  "audio.speech": (model) => ({ model, input: "Hi", voice: "alloy" }),
  moderations: (model) => ({ model, input: "Hi" }),
};

/** A valid body with unusual additions, and sometimes damage on top. */
function oddBody(endpoint: JsonEndpoint, model: string): fc.Arbitrary<HostileRequest> {
  return fc
    .tuple(
      fc.boolean(),
      fc.array(EDITS[endpoint], { minLength: 1, maxLength: 5 }),
      // Mostly undamaged, so that most of these bodies get past the gateway to the provider.
      fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.constant(1), fc.constant(2)),
      fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, fc.constantFrom(...DEEP_VALUES)),
    )
    .chain(([full, edits, damages, deep]) => {
      const body = full ? fullBody(endpoint, model) : MINIMAL[endpoint](model);
      for (const edit of edits as Edit[]) edit(body);
      if (deep !== null) body.extra_deep = deep;
      let damaged: fc.Arbitrary<Json> = fc.constant(body);
      for (let i = 0; i < damages; i++) damaged = damaged.chain(damage);
      return damaged.map((b) => jsonRequest(endpoint, b));
    });
}

/** Bodies that are no JSON object, or under a content type the route does not take. */
function wrongShape(endpoint: JsonEndpoint, model: string): fc.Arbitrary<HostileRequest> {
  const valid = JSON.stringify(MINIMAL[endpoint](model));
  return fc.oneof(
    fc
      .constantFrom(
        "[]",
        '"text"',
        "1",
        "null",
        "true",
        "",
        " ",
        "{",
        '{"model":',
        "\u0000",
        "\ufeff{}",
        "{}garbage",
      )
      .map((text) => textRequest(endpoint, text)),
    fc.nat(valid.length - 1).map((cut) => textRequest(endpoint, valid.slice(0, cut))),
    fc
      .constantFrom(nestedText(10_000), nestedText(10_000, "{"), `{"a":${"[".repeat(5000)}`)
      .map((text) => textRequest(endpoint, text)),
    fc
      .constantFrom("multipart/form-data; boundary=x", "multipart/mixed")
      .map((type) => textRequest(endpoint, valid, { headers: { "content-type": type }, status: 415 })),
    fc
      .constantFrom(
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/json; charset=utf-16",
        "",
        "*/*",
      )
      .map((type) => textRequest(endpoint, valid, { headers: { "content-type": type } })),
  );
}

/** Header values a client may get wrong; never CR, LF or NUL (no HTTP client would send them). */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
  fc.constantFrom(
    "[]",
    "null",
    '"x"',
    "{",
    '{"tier":"gold"}',
    '{"a":{"b":[1,2]}}',
    `{"a":${nestedText(5000)}}`,
    `{"nodes":${nestedText(5000)}}`,
    '{"nodes":[{"id":"x","plugin":"none"}]}',
    "default",
    "no-such-config",
  ),
);

/** A valid body with the gateway's own headers malformed. */
function badHeaders(endpoint: JsonEndpoint, model: string): fc.Arbitrary<HostileRequest> {
  return fc
    .record({ "x-aigw-metadata": headerValue, "x-aigw-config": headerValue }, { requiredKeys: [] })
    .map((headers) =>
      jsonRequest(endpoint, MINIMAL[endpoint](model), { headers: { ...JSON_HEADERS, ...headers } }),
    );
}

const AUDIO: FormField = ["file", { file: "RIFF....WAVEfmt ", name: "speech.wav", type: "audio/wav" }];

/** Multipart transcription uploads, whole or damaged. */
function transcription(model: string): fc.Arbitrary<HostileRequest> {
  const request = (fields: readonly FormField[], faulty?: string): HostileRequest => ({
    endpoint: "audio.transcriptions",
    path: ENDPOINT_ROUTES["audio.transcriptions"],
    headers: {},
    body: fields,
    stream: false,
    inputs: 1,
    ...(faulty ? { faulty } : {}),
  });
  const base: FormField[] = [AUDIO, ["model", model]];
  const optional = fc.subarray<FormField>([
    ["language", "en"],
    ["prompt", "Names: Zoë"],
    ["response_format", "verbose_json"],
    ["temperature", "0.2"],
    ["timestamp_granularities[]", "word"],
    ["timestamp_granularities[]", "segment"],
    ["stream", "true"],
  ]);
  const odd = fc.tuple(
    fc.constantFrom(
      "language",
      "prompt",
      "response_format",
      "temperature",
      "include[]",
      "chunking_strategy",
      "file",
    ),
    oddString,
  );
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(optional, fc.array(odd, { maxLength: 2 }))
        .map(([extra, junk]) => request([...base, ...extra, ...(junk as FormField[])])),
    },
    fc
      .constantFrom<[FormField[], string]>(
        [[["model", model]], "file"],
        [
          [
            ["file", "not a file"],
            ["model", model],
          ],
          "file",
        ],
        [[AUDIO], "model"],
        [[AUDIO, ["model", ""]], "model"],
        [[AUDIO, ["model", model], ["temperature", "warm"]], "temperature"],
        [
          [AUDIO, ["model", model], ["language", { file: "x", name: "l.txt", type: "text/plain" }]],
          "language",
        ],
      )
      .map(([fields, faulty]) => request(fields, faulty)),
    fc.constantFrom("application/json", "text/plain", "multipart/form-data; boundary=zzz").map((type) => ({
      ...request(base),
      headers: { "content-type": type },
      body: JSON.stringify({ model, file: "x" }),
      status: type === "application/json" || type === "text/plain" ? 415 : undefined,
    })),
  );
}

/** Any hostile request for one of `endpoints`, naming `model` where a body has a model. */
export function hostileRequest(
  endpoints: readonly OpenAIEndpoint[],
  model: string,
): fc.Arbitrary<HostileRequest> {
  return fc.constantFrom(...endpoints).chain((endpoint) => {
    if (endpoint === "audio.transcriptions") return transcription(model);
    return fc.oneof(
      { weight: 2, arbitrary: wrongField(endpoint, model) },
      { weight: 6, arbitrary: oddBody(endpoint, model) },
      { weight: 1, arbitrary: wrongShape(endpoint, model) },
      { weight: 1, arbitrary: badHeaders(endpoint, model) },
    );
  });
}

/** The WHATWG Request for a hostile request, against `origin`. */
export function toFetchRequest(request: HostileRequest, origin = "http://gateway.test"): Request {
  const url = `${origin}${request.path}`;
  if (typeof request.body === "string")
    return new Request(url, { method: "POST", headers: request.headers, body: request.body });
  const form = new FormData();
  for (const [name, value] of request.body) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new Blob([value.file], { type: value.type }), value.name);
  }
  return new Request(url, { method: "POST", headers: request.headers, body: form });
}
