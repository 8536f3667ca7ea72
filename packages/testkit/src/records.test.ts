// The sample record is what the gateway writes: valid against the request record's schema, with
// every optional part present; overrides replace top-level fields.
import { readFile } from "node:fs/promises";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { sampleRecord } from "./records.js";

const schemaFile = new URL("../../../schemas/request-record.schema.json", import.meta.url);

describe("sampleRecord", () => {
  it("is a valid request record, overridden or not", async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(await readFile(schemaFile, "utf8")),
    );
    for (const record of [
      sampleRecord(),
      sampleRecord({ outcome: "error", status: 502, tokens: undefined }),
    ]) {
      validate(JSON.parse(JSON.stringify(record)));
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it("replaces top-level fields with the overrides", () => {
    const record = sampleRecord({ requestId: "r-7", tags: {} });
    expect(record.requestId).toBe("r-7");
    expect(record.tags).toEqual({});
    expect(record.provider).toBe("openai");
  });
});
