/**
 * Client-side helpers for tests: read a `Response`'s server-sent events as they arrive (to check
 * that chunks stream through incrementally) or all at once.
 */
import { sseEvents } from "@aigw/wire-kit";

/** The body of a `Response` as an async iterable of byte chunks. */
export async function* bodyChunks(response: Response): AsyncGenerator<Uint8Array> {
  if (!response.body) return;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Cancelling tells the server we stopped reading early (a no-op once the body ended).
    await reader.cancel().catch(() => {});
  }
}

/** Each SSE `data` payload of a response, yielded the moment its event completes. */
export async function* sseData(response: Response): AsyncGenerator<string> {
  for await (const event of sseEvents(bodyChunks(response))) yield event.data;
}

/** Every SSE `data` payload of a response, once the stream has ended. */
export async function collectSse(response: Response): Promise<string[]> {
  const all: string[] = [];
  for await (const data of sseData(response)) all.push(data);
  return all;
}
