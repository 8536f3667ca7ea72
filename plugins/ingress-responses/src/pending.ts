/**
 * What `decode` learns that `encode` needs to answer and store a response: who called, the parsed
 * request, the chain's earlier items and this request's own (with ids). Kept per decoded request
 * in a WeakMap, so nothing outlives the request.
 */
import type { DecodedRequest } from "@aigw/plugin-api";
import type { InputItem, ResponsesRequest } from "./wire.js";

export interface PendingResponse {
  readonly caller: string;
  readonly request: ResponsesRequest;
  readonly history: readonly InputItem[];
  readonly input: readonly InputItem[];
  readonly responseId: string;
  /** Seconds since the epoch. */
  readonly createdAt: number;
}

export type PendingResponses = WeakMap<DecodedRequest, PendingResponse>;
