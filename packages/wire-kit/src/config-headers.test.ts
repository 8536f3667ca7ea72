// Export headers: static ones lower-cased, secrets from the environment, the JSON content type
// last; an unset or unusable variable stops the boot naming the variable, never a value.
import type { Env } from "@aigw/plugin-api";
import { describe, expect, it } from "vitest";
import { resolveHeaders } from "./config-headers.js";

const envFrom = (values: Record<string, string>): Env => ({ get: (name) => values[name] });

describe("resolveHeaders", () => {
  it("lower-cases names, reads variables, and fixes the content type", () => {
    const headers = resolveHeaders(
      {
        headers: { "X-Scope-OrgID": "tenant-1", "Content-Type": "application/x-protobuf" },
        headersFromEnv: { Authorization: "OTLP_AUTH" },
      },
      envFrom({ OTLP_AUTH: "Bearer otlp-secret" }),
    );
    expect(headers).toEqual({
      "x-scope-orgid": "tenant-1",
      authorization: "Bearer otlp-secret",
      "content-type": "application/json",
    });
  });

  it("refuses a variable that is unset, empty or holds a line break, naming it and not its value", () => {
    const env = envFrom({ EMPTY: "", BROKEN: "Bearer a\r\nx-injected: 1" });
    expect(() => resolveHeaders({ headersFromEnv: { authorization: "MISSING" } }, env)).toThrow(
      "the environment variable MISSING (for the authorization header) is not set or is empty",
    );
    expect(() => resolveHeaders({ headersFromEnv: { authorization: "EMPTY" } }, env)).toThrow(/EMPTY/);
    let message = "";
    try {
      resolveHeaders({ headersFromEnv: { authorization: "BROKEN" } }, env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe("the environment variable BROKEN (for the authorization header) holds a line break");
  });
});
