// data: URLs: built and split back for any media type and bytes; percent-encoded payloads.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64 } from "./base64.js";
import { parseDataUrl, toDataUrl } from "./data-url.js";

const token = fc.stringMatching(/^[a-z0-9][a-z0-9.+-]{0,15}$/);
const mediaType = fc.tuple(token, token).map(([type, subtype]) => `${type}/${subtype}`);

describe("data URLs", () => {
  it("round-trips any media type and bytes", () => {
    fc.assert(
      fc.property(mediaType, fc.uint8Array({ maxLength: 200 }), (type, bytes) => {
        const parsed = parseDataUrl(toDataUrl(type, bytesToBase64(bytes)));
        expect(parsed).toEqual({ mediaType: type, data: bytesToBase64(bytes), base64: true });
      }),
    );
  });

  it("reads percent-encoded payloads as bytes, in base64", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const encoded = [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
        const parsed = parseDataUrl(`data:application/octet-stream,${encoded}`);
        expect(parsed?.base64).toBe(false);
        expect(base64ToBytes(parsed!.data)).toEqual(bytes);
      }),
    );
    expect(parseDataUrl("data:,Hello%2C%20World%21")).toEqual({
      mediaType: "text/plain",
      data: btoa("Hello, World!"),
      base64: false,
    });
    expect(parseDataUrl("data:text/plain,caf%C3%A9 é")!.data).toBe(
      bytesToBase64(new TextEncoder().encode("café é")),
    );
  });

  it("normalises the media type, drops parameters and white space", () => {
    expect(parseDataUrl(" DATA:Image/PNG;charset=x;BASE64,iVBO\nRw0K ")).toEqual({
      mediaType: "image/png",
      data: "iVBORw0K",
      base64: true,
    });
  });

  it("is undefined for other URLs and malformed ones", () => {
    for (const url of ["https://x/a.png", "data:image/png;base64", "s3://b/k", "data:,%zz", "data:,%4"])
      expect(parseDataUrl(url)).toBeUndefined();
  });
});
