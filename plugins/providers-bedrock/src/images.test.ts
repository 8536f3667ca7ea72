// Images and files: data URLs become bytes blocks, s3:// URLs S3 locations, http(s) URLs are
// downloaded from a (fake) image server through the gateway's HTTP client, or refused when the
// config says so; sizes, statuses and formats are checked.
import { bytes, type FakeUpstream, startFakeUpstream, text } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { sniff } from "./images.js";
import { chatBody, converseAnswer, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
let images: FakeUpstream | undefined;
afterEach(async () => {
  await h?.close();
  await images?.close();
  h = undefined;
  images = undefined;
});

const PNG_B64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const PNG = Uint8Array.from(atob(PNG_B64), (c) => c.charCodeAt(0));

const withImage = (url: string) =>
  chatBody({
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "What is this?" },
          { type: "image_url", image_url: { url } },
        ],
      },
    ],
  });

async function send(body: Record<string, unknown>, config = {}) {
  h = await harness(converseAnswer([{ text: "A pixel." }]), { config });
  const res = await h.post("/v1/chat/completions", body);
  const seen = h.upstream.requests[0]?.json<{ messages: { content: unknown[] }[] }>();
  return { res, content: seen?.messages[0]?.content };
}

describe("images", () => {
  it("a base64 data URL becomes an image block with its bytes", async () => {
    const { content } = await send(withImage(`data:image/png;base64,${PNG_B64}`));
    expect(content).toEqual([
      { text: "What is this?" },
      { image: { format: "png", source: { bytes: PNG_B64 } } },
    ]);
  });

  it("an http URL is downloaded through the gateway and sent as bytes (format sniffed, not trusted)", async () => {
    images = await startFakeUpstream(bytes(200, "application/octet-stream", PNG));
    const { res, content } = await send(withImage(`${images.url}/cat.png`));
    expect(res.status).toBe(200);
    expect(content![1]).toEqual({ image: { format: "png", source: { bytes: PNG_B64 } } });
    expect(images.requests[0]!.method).toBe("GET");
  });

  it.each([
    ["a 404", () => text(404, "not found"), /HTTP 404/],
    [
      "too many bytes (declared)",
      () => bytes(200, "image/png", new Uint8Array(5000)),
      /larger than 1000 bytes/,
    ],
    [
      "too many bytes (chunked, no length)",
      () => bytes(200, "image/png", [PNG, new Uint8Array(600), new Uint8Array(600)]),
      /larger than 1000 bytes/,
    ],
    ["not an image", () => text(200, "<html></html>", "text/html"), /not a png, jpeg, gif or webp/],
  ])("refuses %s with a 400", async (_name, reply, message) => {
    images = await startFakeUpstream(reply());
    const { res } = await send(withImage(`${images.url}/x`), { imageMaxBytes: 1000 });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { error: { message: string; param: string } }).error;
    expect(error.message).toMatch(message);
    expect(error.param).toBe("messages[0].content[1].image_url.url");
    expect(h!.upstream.requests).toHaveLength(0);
  });

  it("an unreachable image URL is a 400, not a gateway failure", async () => {
    const { res } = await send(withImage("http://127.0.0.1:1/cat.png"));
    expect(res.status).toBe(400);
  });

  it("imageUrls: reject refuses http(s) URLs without fetching", async () => {
    images = await startFakeUpstream(bytes(200, "image/png", PNG));
    const { res } = await send(withImage(`${images.url}/cat.png`), { imageUrls: "reject" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/base64 data: URL/);
    expect(images.requests).toHaveLength(0);
  });

  it("s3:// URLs become S3 locations", async () => {
    const { content } = await send(withImage("s3://my-bucket/photos/cat.JPG"));
    expect(content![1]).toEqual({
      image: { format: "jpeg", source: { s3Location: { uri: "s3://my-bucket/photos/cat.JPG" } } },
    });
  });

  it.each([
    ["data:image/bmp;base64,Qk0=", /png, jpeg, gif or webp/],
    ["data:image/png,rawdata", /base64/],
    ["data:image/png;base64,@@@", /not valid base64/],
    ["ftp://example.com/a.png", /http\(s\), s3/],
    ["s3://bucket/file.tiff", /must end in/],
  ])("refuses %s", async (url, message) => {
    const { res } = await send(withImage(url));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  });

  it("sniffs formats from magic bytes", () => {
    expect(sniff(PNG)).toBe("png");
    expect(sniff(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(sniff(new TextEncoder().encode("GIF89a"))).toBe("gif");
    expect(sniff(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(sniff(new TextEncoder().encode("hello"))).toBeUndefined();
  });
});

describe("files", () => {
  it("a base64 PDF becomes a document block with a name Converse accepts", async () => {
    const { content } = await send(
      chatBody({
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: "Summarise" },
              {
                type: "file",
                file: {
                  filename: "Q3 report_final!!.pdf",
                  file_data: "data:application/pdf;base64,JVBERi0x",
                },
              },
            ],
          },
        ],
      }),
    );
    expect(content![1]).toEqual({
      document: { format: "pdf", name: "Q3 report final", source: { bytes: "JVBERi0x" } },
    });
  });

  it("refuses uploaded file ids", async () => {
    const { res } = await send(
      chatBody({ messages: [{ role: "user", content: [{ type: "file", file: { file_id: "file-123" } }] }] }),
    );
    expect(res.status).toBe(400);
  });
});
