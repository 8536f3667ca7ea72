// The translated-stream loop: chunks as events arrive, a clean end only at the final event,
// cut-offs and aborts as gateway errors, and the upstream released whenever it stops early.
import {
  chunkFromText,
  GatewayError,
  type HttpResponse,
  isGatewayError,
  type StreamChunk,
} from "@aigw/plugin-api";
import { describe, expect, it } from "vitest";
import { type StreamStep, translatedStream } from "./translated-stream.js";
import type { UpstreamExchange } from "./transport.js";

function exchange(): UpstreamExchange & { aborted: number } {
  const response = {} as HttpResponse;
  return {
    response,
    aborted: 0,
    abort() {
      this.aborted++;
    },
  };
}

async function* events(items: readonly string[], fail?: Error): AsyncGenerator<string> {
  for (const item of items) yield item;
  if (fail) throw fail;
}

const step = (event: string): StreamStep => {
  if (event === "boom") throw new GatewayError("upstream_error", "boom");
  return { chunks: [chunkFromText(`"${event}"`)], done: event === "end" };
};
const cutOff = (cause: unknown) =>
  new GatewayError("upstream_error", cause ? "broken" : "cut off", { cause });

async function collect(stream: AsyncGenerator<StreamChunk>): Promise<{ texts: string[]; error?: unknown }> {
  const texts: string[] = [];
  try {
    for await (const chunk of stream) texts.push((chunk as { text?: string }).text ?? "");
  } catch (error) {
    return { texts, error };
  }
  return { texts };
}

describe("translatedStream", () => {
  it("forwards each event's chunks and ends cleanly at the final event", async () => {
    const ex = exchange();
    const out = await collect(
      translatedStream(ex, events(["a", "b", "end", "after"]), {
        signal: new AbortController().signal,
        step,
        cutOff,
      }),
    );
    expect(out.error).toBeUndefined();
    expect(out.texts).toEqual(['"a"', '"b"', '"end"']);
    expect(ex.aborted).toBe(0);
  });

  it("a body that ends or breaks before the final event is cut off, and the upstream released", async () => {
    for (const fail of [undefined, new Error("socket closed")]) {
      const ex = exchange();
      const out = await collect(
        translatedStream(ex, events(["a"], fail), { signal: new AbortController().signal, step, cutOff }),
      );
      expect(out.texts).toEqual(['"a"']);
      expect((out.error as GatewayError).message).toBe(fail ? "broken" : "cut off");
      expect(ex.aborted).toBe(1);
    }
  });

  it("a translation's gateway error passes as it is; a caller's abort is client_closed", async () => {
    const ex = exchange();
    const out = await collect(
      translatedStream(ex, events(["a", "boom"]), { signal: new AbortController().signal, step, cutOff }),
    );
    expect((out.error as GatewayError).message).toBe("boom");
    expect(ex.aborted).toBe(1);

    const controller = new AbortController();
    controller.abort(new Error("client left"));
    const aborted = await collect(
      translatedStream(exchange(), events(["a"], new Error("aborted")), {
        signal: controller.signal,
        step,
        cutOff,
      }),
    );
    expect(isGatewayError(aborted.error) && aborted.error.code).toBe("client_closed");
  });
});
