// The admin API's description: every served route carries an OpenAPI operation, the operations
// form a valid OpenAPI 3.1 document, each served route has exactly one operation, and the
// paths they document are the paths the handler answers.
import type { JsonObject } from "@aigw/plugin-api";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import plugin from "../index.js";
import { OPERATIONS } from "./routes.js";
import { matchTemplate, servedPathOf } from "./serve.js";

describe("OpenAPI operations", () => {
  it("are a valid OpenAPI 3.1 document when assembled by path", async () => {
    const paths: Record<string, Record<string, JsonObject>> = {};
    for (const route of plugin.manifest.serves!) {
      const operation = route.openapi!;
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      const path = (operation["x-aigw-path"] as string | undefined) ?? route.path;
      paths[path] ??= {};
      paths[path]![route.method.toLowerCase()] = { ...operation, "x-aigw-role": route.access };
    }
    const document = { openapi: "3.1.0", info: { title: "aigw admin", version: "0.1.0" }, paths };
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("each served route has one operation, and the handler matches its template", () => {
    const keys = OPERATIONS.map((op) => `${op.method} ${servedPathOf(op.template)}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const op of OPERATIONS) {
      const sample = op.template.replace(/\{[^}]+\}/g, "some%20id");
      const params = matchTemplate(op.template, sample);
      expect(params, op.id).toBeDefined();
      expect(params!.every((p) => p === "some id")).toBe(true);
      expect(matchTemplate(op.template, `${sample}/extra`)).toBeUndefined();
    }
  });

  it("needs viewer to read, editor to change, admin for credentials and tokens", () => {
    for (const op of OPERATIONS) {
      const sensitive =
        op.template.startsWith("/admin/credentials") ||
        op.template.startsWith("/admin/tokens") ||
        op.template.startsWith("/admin/vault");
      const expected = sensitive ? "admin" : op.method === "GET" ? "viewer" : "editor";
      expect(op.access, op.id).toBe(expected);
    }
  });
});
