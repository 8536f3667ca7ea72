// Provider labels as the GenAI conventions name providers, and the older gen_ai.system values.
import { describe, expect, it } from "vitest";
import { providerName, systemName } from "./genai.js";

describe("providerName", () => {
  it.each([
    ["OpenAI", "openai"],
    ["openai", "openai"],
    ["Anthropic", "anthropic"],
    ["Azure OpenAI", "azure.ai.openai"],
    ["AWS Bedrock", "aws.bedrock"],
    ["bedrock", "aws.bedrock"],
    ["Mistral AI", "mistral_ai"],
    ["Gemini API", "gcp.gemini"],
    ["Vertex AI", "gcp.vertex_ai"],
    ["xAI", "x_ai"],
    ["Groq", "groq"],
    ["DeepSeek", "deepseek"],
    ["Cohere", "cohere"],
    ["Together AI", "together_ai"],
    ["LM Studio", "lm_studio"],
    ["providers-mock", "providers_mock"],
    ["!!!", "_OTHER"],
  ])("%s -> %s", (label, name) => {
    expect(providerName(label)).toBe(name);
  });

  it("maps the renamed values back for gen_ai.system", () => {
    expect(systemName("azure.ai.openai")).toBe("az.ai.openai");
    expect(systemName("x_ai")).toBe("xai");
    expect(systemName("openai")).toBe("openai");
  });
});
