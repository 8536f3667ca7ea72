/**
 * Embeddings from an OpenAI-compatible `/v1/embeddings` endpoint, for measuring a real model:
 * texts go in batches, the key (if any) comes from EMBEDDINGS_API_KEY, vectors come back as
 * floats or base64 and are normalised as the cache normalises them.
 */
import { unitVector } from "@aigw/cache-semantic";
import { base64ToFloats } from "@aigw/wire-kit";

export interface RemoteEmbeddingOptions {
  /** The full URL of the endpoint, e.g. http://127.0.0.1:8080/v1/embeddings. */
  readonly url: string;
  readonly model: string;
  readonly dimensions?: number | undefined;
  readonly batch: number;
  readonly apiKey?: string | undefined;
}

/** The unit vectors of `texts`, in order. */
export async function remoteEmbeddings(
  texts: readonly string[],
  options: RemoteEmbeddingOptions,
  progress: (done: number) => void,
): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += options.batch) {
    const input = texts.slice(i, i + options.batch);
    const response = await fetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: options.model,
        input,
        ...(options.dimensions ? { dimensions: options.dimensions } : {}),
      }),
    }).catch((error: unknown) => {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
      throw new Error(`could not reach ${options.url}${cause}`);
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${options.url} answered ${response.status}: ${text.slice(0, 300)}`);
    const body = JSON.parse(text) as { data?: { index?: number; embedding?: number[] | string }[] };
    if (!Array.isArray(body.data) || body.data.length !== input.length)
      throw new Error(
        `${options.url} answered ${body.data?.length ?? "no"} vectors for ${input.length} texts`,
      );
    const ordered = [...body.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const item of ordered) {
      const e = item.embedding;
      out.push(unitVector(typeof e === "string" ? base64ToFloats(e) : (e ?? [])));
    }
    progress(out.length);
  }
  return out;
}
