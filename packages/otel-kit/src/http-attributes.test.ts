// The HTTP and client attributes of a record, and what a record without a client leaves out.
import { attributeMap, sampleRecord } from "@aigw/testkit";
import { describe, expect, it } from "vitest";
import { AttributeList } from "./attributes.js";
import { addHttpAttributes } from "./http-attributes.js";

describe("addHttpAttributes", () => {
  it("names the method, path, status and client as the HTTP conventions do", () => {
    const attributes = new AttributeList();
    addHttpAttributes(attributes, sampleRecord({ status: 429 }));
    expect(attributeMap(attributes.list)).toEqual({
      "http.request.method": "POST",
      "url.path": "/v1/chat/completions",
      "http.response.status_code": 429,
      "client.address": "203.0.113.7",
      "user_agent.original": "test/1.0",
    });
  });

  it("leaves out the client attributes a record does not have", () => {
    const attributes = new AttributeList();
    addHttpAttributes(attributes, sampleRecord({ client: { metadata: {} } }));
    expect(attributes.list.map((a) => a.key)).toEqual([
      "http.request.method",
      "url.path",
      "http.response.status_code",
    ]);
  });
});
