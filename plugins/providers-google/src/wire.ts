/**
 * Google's generateContent wire format (Gemini API v1beta and Vertex AI v1 share it), as far as
 * this provider writes or reads it. Field names are camelCase exactly as Google's REST JSON has
 * them; everything is optional on the read side because Google omits empty fields.
 */
import type { JsonObject, JsonValue } from "@aigw/plugin-api";

export interface GeminiFunctionCall {
  /** Present in newer Gemini API responses; Vertex v1 leaves it out. */
  id?: string;
  name: string;
  args?: JsonObject;
}

export interface GeminiFunctionResponse {
  id?: string;
  name: string;
  /** Must be a JSON object. */
  response: JsonObject;
}

export interface GeminiPart {
  text?: string;
  /** A thought summary (only with thinkingConfig.includeThoughts): never shown as content. */
  thought?: boolean;
  /** Opaque signature of the model's reasoning; must come back with the part it was on. */
  thoughtSignature?: string;
  inlineData?: { mimeType: string; data: string };
  fileData?: { mimeType?: string; fileUri: string };
  functionCall?: GeminiFunctionCall;
  functionResponse?: GeminiFunctionResponse;
}

export interface GeminiContent {
  role?: "user" | "model";
  parts?: GeminiPart[];
}

export interface GeminiFunctionDeclaration {
  name: string;
  description?: string;
  parameters?: JsonObject;
  parametersJsonSchema?: JsonValue;
}

export interface GeminiTool {
  functionDeclarations: GeminiFunctionDeclaration[];
}

export interface GeminiToolConfig {
  functionCallingConfig: { mode: "AUTO" | "ANY" | "NONE"; allowedFunctionNames?: string[] };
}

export interface GeminiGenerationConfig {
  temperature?: number;
  topP?: number;
  maxOutputTokens?: number;
  stopSequences?: string[];
  candidateCount?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
  seed?: number;
  responseMimeType?: string;
  responseSchema?: JsonObject;
  responseJsonSchema?: JsonValue;
  thinkingConfig?: { thinkingBudget?: number; thinkingLevel?: string };
}

export interface GenerateContentRequest {
  contents: GeminiContent[];
  systemInstruction?: GeminiContent;
  tools?: GeminiTool[];
  toolConfig?: GeminiToolConfig;
  generationConfig?: GeminiGenerationConfig;
  safetySettings?: { category: string; threshold: string }[];
  /** Vertex AI only. */
  labels?: Record<string, string>;
}

export interface GeminiCandidate {
  content?: GeminiContent;
  finishReason?: string;
  finishMessage?: string;
  index?: number;
}

export interface GeminiUsageMetadata {
  promptTokenCount?: number;
  candidatesTokenCount?: number;
  totalTokenCount?: number;
  cachedContentTokenCount?: number;
  thoughtsTokenCount?: number;
  toolUsePromptTokenCount?: number;
}

export interface GeminiPromptFeedback {
  blockReason?: string;
  blockReasonMessage?: string;
}

export interface GenerateContentResponse {
  candidates?: GeminiCandidate[];
  promptFeedback?: GeminiPromptFeedback;
  usageMetadata?: GeminiUsageMetadata;
  modelVersion?: string;
  responseId?: string;
  /** Sent instead of a response when a stream fails midway. */
  error?: JsonValue;
}
