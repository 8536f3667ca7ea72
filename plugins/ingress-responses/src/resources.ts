/**
 * The stored-response routes, answered by the ingress without the pipeline:
 * `GET /v1/responses/{id}`, `DELETE /v1/responses/{id}`, `GET /v1/responses/{id}/input_items`
 * (OpenAI's list: `data`, `first_id`, `last_id`, `has_more`; `limit` 1-100, default 20; `order`
 * `desc` by default; `after` / `before` an item id), and `POST /v1/responses/{id}/cancel`. Every
 * response is answered in full when it is stored, none runs in the background, so cancel always
 * answers as OpenAI does for a response that was not created with `background: true`.
 */
import { type DirectAnswer, GatewayError, type JsonValue } from "@aigw/plugin-api";
import { fail, invalidValue } from "./checks.js";
import type { ResponseStore, StoredResponse } from "./store.js";
import type { InputItem } from "./wire.js";

export function notFound(id: string): GatewayError {
  return new GatewayError("not_found", `Response with id '${id}' not found.`, {
    type: "invalid_request_error",
    publicCode: null,
  });
}

/** `/responses/{id}` or `/responses/{id}/{action}` (with or without `/v1`). */
function parsePath(path: string): { id: string; action: string | undefined } {
  const parts = path
    .replace(/^\/v1\//, "/")
    .split("/")
    .filter(Boolean);
  const [, id, action, ...extra] = parts;
  if (!id || extra.length > 0) throw new GatewayError("not_found", `Unknown path ${path}.`);
  return { id: decodeURIComponent(id), action };
}

function answer(body: unknown, status = 200): DirectAnswer {
  return { kind: "answer", status, body: body as JsonValue };
}

function limitOf(query: URLSearchParams): number {
  const raw = query.get("limit");
  if (raw === null) return 20;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    fail(
      "limit",
      `Invalid 'limit': expected an integer between 1 and 100, but got '${raw}' instead.`,
      "invalid_value",
    );
  return limit;
}

/** One page of a response's input items, as OpenAI lists them. */
export function inputItemsPage(record: StoredResponse, query: URLSearchParams): JsonValue {
  const limit = limitOf(query);
  const order = query.get("order") ?? "desc";
  if (order !== "asc" && order !== "desc") invalidValue("order", order, ["asc", "desc"]);
  const own = record.items.slice(record.inputStart);
  const items: InputItem[] = order === "asc" ? own : [...own].reverse();
  let start = 0;
  let end = items.length;
  const after = query.get("after");
  const before = query.get("before");
  if (after !== null) start = items.findIndex((item) => item.id === after) + 1;
  if (before !== null) {
    const at = items.findIndex((item) => item.id === before);
    end = at < 0 ? items.length : at;
  }
  const page = items.slice(start, Math.min(end, start + limit));
  return {
    object: "list",
    data: page,
    first_id: page[0]?.id ?? null,
    last_id: page.at(-1)?.id ?? null,
    has_more: start + page.length < end,
  } as unknown as JsonValue;
}

export async function answerResource(
  request: Request,
  route: string,
  caller: string,
  store: ResponseStore,
): Promise<DirectAnswer> {
  const url = new URL(request.url);
  const { id, action } = parsePath(url.pathname);
  const known = route === "read" ? [undefined, "input_items"] : route === "delete" ? [undefined] : ["cancel"];
  if (!known.includes(action))
    throw new GatewayError("not_found", `Unknown path ${request.method} ${url.pathname}.`);
  const record = await store.load(caller, id);
  if (!record) throw notFound(id);
  if (route === "delete") {
    await store.delete(caller, id);
    return answer({ id, object: "response.deleted", deleted: true });
  }
  if (route === "cancel")
    throw new GatewayError("invalid_request", "Cannot cancel a synchronous response.", { publicCode: null });
  if (action === "input_items") return answer(inputItemsPage(record, url.searchParams));
  return answer(record.response);
}
