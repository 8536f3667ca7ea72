// /v1/models lists the configured ids (Bedrock's runtime has no listing), and model ids are one
// percent-encoded path segment.
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { listModels, modelIdFor, operationPath } from "./models.js";
import { type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("models", () => {
  it("lists `models`, or the modelMap names plus the forced model", async () => {
    expect(listModels({ models: ["a", "b"] }).map((m) => m.id)).toEqual(["a", "b"]);
    expect(listModels({ modelMap: { haiku: "x" }, model: "y" }).map((m) => m.id)).toEqual(["haiku", "y"]);
    h = await harness(json(200, {}), { config: { models: ["anthropic.claude-3-haiku-20240307-v1:0"] } });
    const res = await h.gateway.fetch(new Request("http://gateway.test/v1/models"));
    const body = (await res.json()) as { data: { id: string; owned_by: string }[] };
    expect(body.data).toContainEqual(
      expect.objectContaining({ id: "anthropic.claude-3-haiku-20240307-v1:0", owned_by: "bedrock" }),
    );
  });

  it("resolves forced, mapped and plain model names; refuses none", () => {
    expect(modelIdFor("x", { model: "forced" })).toBe("forced");
    expect(modelIdFor("alias", { modelMap: { alias: "real" } })).toBe("real");
    expect(modelIdFor("plain", {})).toBe("plain");
    expect(() => modelIdFor(undefined, {})).toThrow(/no model/);
  });

  it("encodes the model id as one path segment", () => {
    expect(operationPath("anthropic.claude-v2:1", "converse")).toBe(
      "/model/anthropic.claude-v2%3A1/converse",
    );
    expect(operationPath("arn:aws:bedrock:us-east-1:1:inference-profile/x", "invoke")).toBe(
      "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A1%3Ainference-profile%2Fx/invoke",
    );
  });
});
