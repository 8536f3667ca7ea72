// Validator errors become config issues with a path a user can find and a message they can act on.
import { describe, expect, test } from "vitest";
import { issuesFrom } from "./issues.js";

describe("issuesFrom", () => {
  test("a field a schema's dependencies forbid names the field that excludes it", () => {
    const issues = issuesFrom(
      [
        {
          keyword: "false schema",
          instancePath: "/apiKey",
          schemaPath: "#/dependencies/credential/properties/apiKey/false schema",
          params: {},
          message: "boolean schema is false",
        },
        {
          keyword: "false schema",
          instancePath: "/extra",
          schemaPath: "#/properties/extra/false schema",
          params: {},
          message: "boolean schema is false",
        },
      ],
      "/pipeline/nodes/2/config",
      "openai",
    );
    expect(issues).toEqual([
      {
        path: "/pipeline/nodes/2/config/apiKey",
        node: "openai",
        message: 'cannot be set together with "credential"',
      },
      { path: "/pipeline/nodes/2/config/extra", node: "openai", message: "is not allowed here" },
    ]);
  });
});
