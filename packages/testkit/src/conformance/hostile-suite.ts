/**
 * The hostile-request property: whatever a client sends to the gateway's OpenAI routes (see
 * hostile-requests.ts), the answer is never a 5xx, every error is OpenAI-shaped, a body with one
 * field of the wrong type is refused with a 400 naming that field, and a stream that starts
 * never turns into an error midway because of what the request said.
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { OpenAIEndpoint } from "./hostile-bodies.js";
import { type HostileRequest, hostileRequest } from "./hostile-requests.js";

export interface HostileTarget {
  /** The model bodies name (one the target serves). */
  readonly model: string;
  /** The endpoints to send bodies to (default: all of them). */
  readonly endpoints?: readonly OpenAIEndpoint[] | undefined;
  /** Sends one request to the gateway (after preparing any fake upstream for it). */
  send(request: HostileRequest): Promise<Response>;
}

export const ALL_ENDPOINTS: readonly OpenAIEndpoint[] = [
  "chat.completions",
  "completions",
  "embeddings",
  "images.generations",
  "audio.speech",
  "audio.transcriptions",
  "moderations",
];

/** What the answer to a hostile request must be; throws (an assertion) otherwise. */
export async function checkHostileAnswer(request: HostileRequest, response: Response): Promise<void> {
  const text = await response.text();
  const context = `${response.status} ${text.slice(0, 300)}`;
  expect(response.status, context).toBeGreaterThanOrEqual(200);
  expect(response.status, context).toBeLessThan(500);
  if (request.status !== undefined) expect(response.status, context).toBe(request.status);
  if (response.status >= 400) {
    const body = JSON.parse(text) as { error: Record<string, unknown> };
    expect(Object.keys(body.error).sort(), context).toEqual(["code", "message", "param", "type"]);
    expect(typeof body.error.message, context).toBe("string");
    expect(typeof body.error.type, context).toBe("string");
    expect(["string", "object"], context).toContain(typeof body.error.code);
    expect(["string", "object"], context).toContain(typeof body.error.param);
  }
  if (request.faulty !== undefined) {
    expect(response.status, context).toBe(400);
    const param = (JSON.parse(text) as { error: { param: unknown } }).error.param;
    expect(
      typeof param === "string" && param.startsWith(request.faulty),
      `${context} (param should name ${request.faulty})`,
    ).toBe(true);
  }
  if (response.status === 200 && (response.headers.get("content-type") ?? "").includes("text/event-stream")) {
    expect(text, "the stream ended in an error event").not.toMatch(/^data: \{"error"/m);
  }
}

/** Runs the property against a target: `numRuns` requests, one at a time. */
export async function assertHostileRequests(target: HostileTarget, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(hostileRequest(target.endpoints ?? ALL_ENDPOINTS, target.model), async (request) => {
      await checkHostileAnswer(request, await target.send(request));
    }),
    { numRuns },
  );
}
