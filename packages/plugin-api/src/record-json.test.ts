// The shared record text: what JSON.stringify writes, made once per record object.
import { describe, expect, it } from "vitest";
import { recordJson } from "./record-json.js";
import type { RequestRecord } from "./request-record.gen.js";

const record = (id: string) =>
  ({ recordVersion: 1, requestId: id, tags: { a: 1 } }) as unknown as RequestRecord;

describe("recordJson", () => {
  it("is JSON.stringify of the record", () => {
    const r = record("r1");
    expect(recordJson(r)).toBe(JSON.stringify(r));
  });

  it("serialises each record once, however many callers ask", () => {
    const r = record("r2");
    const first = recordJson(r);
    (r as { requestId: string }).requestId = "changed after the first sink";
    expect(recordJson(r)).toBe(first);
    expect(recordJson(record("r3"))).not.toBe(first);
  });
});
