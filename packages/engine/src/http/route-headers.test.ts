/** Response headers say which target answered, how many attempts it took, and the path tried. */
import { describe, expect, test } from "vitest";
import { testGateway } from "../testing/harness.js";

const config = (second: Record<string, unknown>) => ({
  pipeline: {
    nodes: [
      { id: "route", plugin: "test-router", targets: ["llm-a", "llm-b"], config: { strategy: "fallback" } },
      { id: "llm-a", plugin: "scripted-provider", config: { failStatus: 503 } },
      { id: "llm-b", plugin: "scripted-provider", config: second },
    ],
  },
});

describe("route headers", () => {
  test("a fallback that succeeds names the answering target and every attempt", async () => {
    const t = await testGateway(config({}));
    const response = await t.chat();
    expect(response.status).toBe(200);
    expect(response.headers.get("x-aigw-target")).toBe("llm-b");
    expect(response.headers.get("x-aigw-attempts")).toBe("2");
    expect(response.headers.get("x-aigw-route")).toBe("llm-a:503,llm-b:200");
  });

  test("when every target fails, the error still carries the path tried", async () => {
    const t = await testGateway(config({ failStatus: 429 }));
    const response = await t.chat({ stream: true });
    expect(response.status).toBe(429);
    expect(response.headers.get("x-aigw-target")).toBeNull();
    expect(response.headers.get("x-aigw-route")).toBe("llm-a:503,llm-b:429");
  });
});
