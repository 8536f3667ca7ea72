// The resource: configured attributes typed as config values come, `service.name` from
// `serviceName` whatever the list says, then the exporter's own.
import { attributeMap } from "@aigw/testkit";
import { describe, expect, it } from "vitest";
import { resourceAttributes } from "./resource.js";

describe("resourceAttributes", () => {
  it("lists the configured attributes, then service.name, then the exporter's own", () => {
    const resource = resourceAttributes(
      "edge",
      {
        "deployment.environment.name": "test",
        "service.name": "ignored",
        replicas: 3,
        ratio: 0.5,
        canary: true,
      },
      { "telemetry.sdk.name": "@aigw/tracing-otel" },
    );
    expect(resource.map((a) => a.key)).toEqual([
      "deployment.environment.name",
      "replicas",
      "ratio",
      "canary",
      "service.name",
      "telemetry.sdk.name",
    ]);
    expect(resource[1]!.value).toEqual({ intValue: "3" });
    expect(resource[2]!.value).toEqual({ doubleValue: 0.5 });
    expect(attributeMap(resource)).toEqual({
      "deployment.environment.name": "test",
      replicas: 3,
      ratio: 0.5,
      canary: true,
      "service.name": "edge",
      "telemetry.sdk.name": "@aigw/tracing-otel",
    });
  });

  it("is service.name alone without configured attributes", () => {
    expect(resourceAttributes("aigw", undefined)).toEqual([
      { key: "service.name", value: { stringValue: "aigw" } },
    ]);
  });
});
