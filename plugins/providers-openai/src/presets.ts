/**
 * The OpenAI-compatible services this provider knows by name: each is only a base URL, a label
 * for messages, and where its key comes from. All of them authenticate with
 * `Authorization: Bearer <key>`; local servers (Ollama, vLLM, LM Studio) need no key by default.
 */
import type { OpenAIProviderConfig } from "./config.gen.js";

export type PresetName = NonNullable<OpenAIProviderConfig["preset"]>;

export interface Preset {
  /** Shown in error messages and as `owned_by` when listing configured models. */
  readonly label: string;
  readonly baseUrl: string;
  /** The environment variable read for the key unless `apiKeyEnv` says otherwise. */
  readonly apiKeyEnv?: string;
  /** Whether a call without a key is a misconfiguration (false for local servers). */
  readonly keyRequired: boolean;
}

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  openai: {
    label: "OpenAI",
    baseUrl: "https://api.openai.com/v1",
    apiKeyEnv: "OPENAI_API_KEY",
    keyRequired: true,
  },
  groq: {
    label: "Groq",
    baseUrl: "https://api.groq.com/openai/v1",
    apiKeyEnv: "GROQ_API_KEY",
    keyRequired: true,
  },
  together: {
    label: "Together AI",
    baseUrl: "https://api.together.xyz/v1",
    apiKeyEnv: "TOGETHER_API_KEY",
    keyRequired: true,
  },
  fireworks: {
    label: "Fireworks AI",
    baseUrl: "https://api.fireworks.ai/inference/v1",
    apiKeyEnv: "FIREWORKS_API_KEY",
    keyRequired: true,
  },
  deepseek: {
    label: "DeepSeek",
    baseUrl: "https://api.deepseek.com/v1",
    apiKeyEnv: "DEEPSEEK_API_KEY",
    keyRequired: true,
  },
  xai: { label: "xAI", baseUrl: "https://api.x.ai/v1", apiKeyEnv: "XAI_API_KEY", keyRequired: true },
  openrouter: {
    label: "OpenRouter",
    baseUrl: "https://openrouter.ai/api/v1",
    apiKeyEnv: "OPENROUTER_API_KEY",
    keyRequired: true,
  },
  perplexity: {
    label: "Perplexity",
    baseUrl: "https://api.perplexity.ai",
    apiKeyEnv: "PERPLEXITY_API_KEY",
    keyRequired: true,
  },
  mistral: {
    label: "Mistral AI",
    baseUrl: "https://api.mistral.ai/v1",
    apiKeyEnv: "MISTRAL_API_KEY",
    keyRequired: true,
  },
  ollama: { label: "Ollama", baseUrl: "http://127.0.0.1:11434/v1", keyRequired: false },
  // vLLM serves without auth unless started with --api-key; VLLM_API_KEY is what it reads then.
  vllm: { label: "vLLM", baseUrl: "http://127.0.0.1:8000/v1", apiKeyEnv: "VLLM_API_KEY", keyRequired: false },
  lmstudio: { label: "LM Studio", baseUrl: "http://127.0.0.1:1234/v1", keyRequired: false },
};
