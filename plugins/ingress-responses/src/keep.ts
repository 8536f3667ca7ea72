/**
 * Stores a finished response when its request asked for it (`store`, true by default). A store
 * that fails is logged, not the client's problem: the answer itself is complete.
 */
import type { Logger } from "@aigw/plugin-api";
import type { PendingResponse } from "./pending.js";
import type { ResponseStore } from "./store.js";
import type { ResponseObject } from "./wire.js";

export async function keepResponse(
  store: ResponseStore,
  pending: PendingResponse,
  response: ResponseObject,
  logger: Logger,
): Promise<void> {
  if (!pending.request.store || response.status === "failed") return;
  try {
    await store.save(pending.caller, {
      response,
      items: [...pending.history, ...pending.input],
      inputStart: pending.history.length,
    });
  } catch (error) {
    logger.error({ err: error, response: response.id }, "storing a response failed");
  }
}
