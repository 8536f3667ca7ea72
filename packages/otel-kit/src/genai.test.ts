// Provider labels as the GenAI conventions name providers, and the older gen_ai.system values;
// the operation name of each endpoint; the request parameters a body gives.
import { attributeMap } from "@aigw/testkit";
import { describe, expect, it } from "vitest";
import { AttributeList } from "./attributes.js";
import { addProvider, addRequestParameters, operationName, providerName, systemName } from "./genai.js";

describe("operationName", () => {
  it.each([
    ["chat.completions", "chat"],
    ["completions", "text_completion"],
    ["embeddings", "embeddings"],
    ["images.generations", "generate_content"],
    ["moderations", "moderation"],
    ["toString", undefined],
    [undefined, undefined],
  ])("%s -> %s", (endpoint, name) => {
    expect(operationName(endpoint)).toBe(name);
  });
});

describe("addProvider", () => {
  it("adds gen_ai.provider.name and gen_ai.system for a label, nothing without one", () => {
    const list = new AttributeList();
    addProvider(list, "Azure OpenAI");
    expect(attributeMap(list.list)).toEqual({
      "gen_ai.provider.name": "azure.ai.openai",
      "gen_ai.system": "az.ai.openai",
    });
    const none = new AttributeList();
    addProvider(none, undefined);
    addProvider(none, "");
    expect(none.list).toEqual([]);
  });
});

describe("addRequestParameters", () => {
  it("reads the parameters of a body, leaving out values of the wrong type", () => {
    const list = new AttributeList();
    addRequestParameters(list, "embeddings", {
      temperature: "hot",
      max_tokens: 64,
      n: 1,
      encoding_format: "float",
      dimensions: 256,
    });
    expect(attributeMap(list.list)).toEqual({
      "gen_ai.request.max_tokens": 64,
      "gen_ai.request.encoding_formats": ["float"],
      "gen_ai.embeddings.dimension.count": 256,
    });
  });

  it("gives the output type of the endpoint even without a body", () => {
    const list = new AttributeList();
    addRequestParameters(list, "audio.speech", undefined);
    expect(attributeMap(list.list)).toEqual({ "gen_ai.output.type": "speech" });
  });
});

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
