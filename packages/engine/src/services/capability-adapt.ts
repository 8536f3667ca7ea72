/**
 * Fits a chat completion body to what one model accepts (its compiled capability entry): a
 * feature the model lacks (tools, images, json_schema, streaming, system messages) is a 400
 * naming the parameter and the model; otherwise parameters it takes under another name are
 * renamed, those it refuses dropped, groups it takes one of resolved, and max tokens clamped to
 * its maximum. In `error` mode the first such change is a 400 instead.
 *
 * The body is copied only when something changes: a request the model accepts comes back as the
 * very object given, so a provider still forwards the client's bytes. Adapting an adapted body
 * changes nothing (renames, drops and `unless` conditions are applied until none applies).
 */
import {
  type Adaptation,
  type AdaptMode,
  type ChatAdaptation,
  type ChatCompletionRequest,
  GatewayError,
  type ParamRejection,
} from "@aigw/plugin-api";
import { type CompiledCapabilities, MAX_TOKEN_PARAMS } from "./capability-compile.js";

const NOTHING: readonly Adaptation[] = Object.freeze([]);

type Body = Record<string, unknown>;

export function adaptChat(
  capabilities: CompiledCapabilities | undefined,
  model: string,
  body: ChatCompletionRequest,
  mode: AdaptMode,
): ChatAdaptation {
  if (!capabilities) return { body, adaptations: NOTHING };
  checkFeatures(capabilities, model, body);
  if (!sendsAny(body as unknown as Body, capabilities.triggers)) return { body, adaptations: NOTHING };
  const change = new Changes(body as unknown as Body, model, mode);
  // Each pass only removes or renames keys, so this ends; the bound guards against a table whose
  // renames go round in a circle.
  const passes =
    capabilities.renames.length + capabilities.rejects.length + capabilities.exclusive.length + 1;
  for (let pass = 0; pass < passes; pass++) {
    const before = change.count;
    renameAll(capabilities, change);
    rejectAll(capabilities, change);
    excludeAll(capabilities, change);
    if (change.count === before) break;
  }
  clamp(capabilities, change);
  return change.result(body);
}

function sendsAny(body: Body, params: readonly string[]): boolean {
  for (let i = 0; i < params.length; i++) if (body[params[i]!] !== undefined) return true;
  return false;
}

/** The body being changed: copied on the first change; every change recorded (or, in error mode, thrown). */
class Changes {
  private copy: Body | undefined;
  private readonly made: Adaptation[] = [];

  constructor(
    private readonly original: Body,
    readonly model: string,
    private readonly mode: AdaptMode,
  ) {}

  get count(): number {
    return this.made.length;
  }

  get body(): Body {
    return this.copy ?? this.original;
  }

  has(param: string): boolean {
    return this.body[param] !== undefined;
  }

  apply(adaptation: Adaptation, refusal: string, edit: (body: Body) => void): void {
    if (this.mode === "error") {
      throw new GatewayError(
        "invalid_request",
        `${refusal} (The provider node's adapt is "error"; with "drop" the gateway adapts the request and says so in the x-aigw-adapted header.)`,
        { param: adaptation.param },
      );
    }
    this.copy ??= { ...this.original };
    edit(this.copy);
    this.made.push(adaptation);
  }

  result(original: ChatCompletionRequest): ChatAdaptation {
    if (!this.copy) return { body: original, adaptations: NOTHING };
    return { body: this.copy as unknown as ChatCompletionRequest, adaptations: this.made };
  }
}

function renameAll(capabilities: CompiledCapabilities, change: Changes): void {
  for (const [from, to] of capabilities.renames) {
    if (!change.has(from)) continue;
    if (change.has(to)) {
      change.apply(
        { param: from, action: "dropped", detail: `the model takes ${to}, which the request also sets` },
        `${change.model} does not accept ${from}; it takes ${to}, which the request also sets.`,
        (body) => {
          delete body[from];
        },
      );
      continue;
    }
    change.apply(
      { param: from, action: "renamed", detail: `to ${to}` },
      `${change.model} does not accept ${from}: it takes ${to} instead.`,
      (body) => {
        body[to] = body[from];
        delete body[from];
      },
    );
  }
}

function rejectAll(capabilities: CompiledCapabilities, change: Changes): void {
  for (const [param, rejection] of capabilities.rejects) {
    if (!change.has(param) || accepted(rejection, change.body)) continue;
    change.apply(
      { param, action: "dropped", detail: rejection.reason },
      `${change.model} does not accept ${param}: ${rejection.reason}`,
      (body) => {
        delete body[param];
      },
    );
  }
}

/** Whether the rejection's `unless` holds: every parameter it names has one of its values. */
function accepted(rejection: ParamRejection, body: Body): boolean {
  const unless = rejection.unless;
  if (!unless) return false;
  for (const [param, values] of Object.entries(unless)) {
    const value = body[param] ?? null;
    if (!values.includes(value as string | number | boolean | null)) return false;
  }
  return true;
}

function excludeAll(capabilities: CompiledCapabilities, change: Changes): void {
  for (const group of capabilities.exclusive) {
    const sent = group.params.filter((param) => change.has(param));
    if (sent.length < 2) continue;
    const kept = sent.includes(group.keep) ? group.keep : sent[0]!;
    const reason = group.reason ?? `${change.model} takes only one of ${group.params.join(", ")}.`;
    for (const param of sent) {
      if (param === kept) continue;
      change.apply(
        { param, action: "dropped", detail: `${reason} (${kept} kept)` },
        `${change.model} does not accept ${param} together with ${kept}: ${reason}`,
        (body) => {
          delete body[param];
        },
      );
    }
  }
}

function clamp(capabilities: CompiledCapabilities, change: Changes): void {
  const maximum = capabilities.maxOutputTokens;
  if (maximum === undefined) return;
  for (const param of MAX_TOKEN_PARAMS) {
    const asked = change.body[param];
    if (typeof asked !== "number" || asked <= maximum) continue;
    change.apply(
      { param, action: "clamped", detail: `from ${asked} to ${maximum}` },
      `${param} is ${asked}, above the ${maximum} output tokens ${change.model} writes at most.`,
      (body) => {
        body[param] = maximum;
      },
    );
  }
}

/** A feature the request uses and the model lacks: always a 400, whatever the mode. */
function checkFeatures(capabilities: CompiledCapabilities, model: string, body: ChatCompletionRequest): void {
  const features = capabilities.features;
  const refuse = (param: string, what: string): never => {
    throw new GatewayError("invalid_request", `${model} does not support ${what}.`, { param });
  };
  if (features.tools === false) {
    if (Array.isArray(body.tools) && body.tools.length > 0) refuse("tools", "tools (function calling)");
    const functions = (body as unknown as Body).functions;
    if (Array.isArray(functions) && functions.length > 0) refuse("functions", "functions (function calling)");
  }
  if (features.jsonSchema === false && body.response_format?.type === "json_schema")
    refuse("response_format", "response_format json_schema (Structured Outputs)");
  if (features.streaming === false && body.stream === true) refuse("stream", "streamed answers");
  if (features.vision !== false && features.systemMessages !== false) return;
  const messages = Array.isArray(body.messages) ? body.messages : [];
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    if (features.systemMessages === false && (message.role === "system" || message.role === "developer"))
      refuse(`messages[${i}].role`, `${message.role} messages`);
    if (features.vision === false && Array.isArray(message.content)) {
      const parts = message.content as readonly { type?: unknown }[];
      for (let j = 0; j < parts.length; j++)
        if (parts[j]?.type === "image_url") refuse(`messages[${i}].content[${j}]`, "image input");
    }
  }
}
