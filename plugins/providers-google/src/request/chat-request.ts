/**
 * Assembles a GenerateContentRequest from an OpenAI chat request: contents and
 * systemInstruction, tools and toolConfig, generationConfig, the node's safety settings and
 * (Vertex, opt-in) the request metadata as labels.
 */
import type { ChatCompletionRequest, JsonValue } from "@aigw/plugin-api";
import type { GenerateContentRequest } from "../wire.js";
import { generationConfig } from "./generation.js";
import { type MessagesContext, translateMessages } from "./messages.js";
import { translateTools } from "./tools.js";

/** Vertex label rules: lowercase letters, digits, `_` and `-`; keys start with a letter; <= 63 chars. */
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

function labelsFrom(metadata: Readonly<Record<string, JsonValue>>): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") continue;
    const text = String(value);
    if (LABEL_KEY.test(key) && LABEL_VALUE.test(text) && Object.keys(labels).length < 64) labels[key] = text;
  }
  return Object.keys(labels).length > 0 ? labels : undefined;
}

export async function chatRequest(
  body: ChatCompletionRequest,
  m: MessagesContext,
): Promise<GenerateContentRequest> {
  const { contents, systemInstruction } = await translateMessages(body.messages ?? [], m);
  const out: GenerateContentRequest = { contents };
  if (systemInstruction) out.systemInstruction = systemInstruction;
  Object.assign(out, translateTools(body, m.settings));
  const config = generationConfig(body, m.settings, m.model);
  if (config) out.generationConfig = config;
  if (m.settings.safetySettings) out.safetySettings = m.settings.safetySettings;
  if (m.settings.metadataAsLabels) {
    const labels = labelsFrom({ ...(body.metadata ?? {}), ...m.ctx.request.metadata });
    if (labels) out.labels = labels;
  }
  return out;
}
