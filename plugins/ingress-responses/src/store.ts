/**
 * Stored responses: each kept under its caller (`callerOf`) and id in the gateway's store
 * (memory, or Redis shared by every instance), with a TTL. A record holds the Response and
 * every item that led to it (the earlier turns of its chain, then its own input), so that
 * `previous_response_id` is one read: the chain's items, then that response's output.
 */
import type { KeyValueStore } from "@aigw/plugin-api";
import type { InputItem, OutputItem, ResponseObject } from "./wire.js";

export interface StoredResponse {
  response: ResponseObject;
  /** The chain's earlier items, then this request's input items. */
  items: InputItem[];
  /** Where this request's own input starts in `items`. */
  inputStart: number;
}

export class ResponseStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly ttlMs: number,
  ) {}

  private key(caller: string, id: string): string {
    return `response:${caller}:${id}`;
  }

  async load(caller: string, id: string): Promise<StoredResponse | undefined> {
    return (await this.store.get(this.key(caller, id))) as StoredResponse | undefined;
  }

  async save(caller: string, record: StoredResponse): Promise<void> {
    await this.store.set(
      this.key(caller, record.response.id),
      JSON.parse(JSON.stringify(record)),
      this.ttlMs,
    );
  }

  delete(caller: string, id: string): Promise<boolean> {
    return this.store.delete(this.key(caller, id));
  }
}

/** The items a follow-up of `record` starts from: its chain and input, then its output. */
export function conversationOf(record: StoredResponse): InputItem[] {
  return [...record.items, ...record.response.output.map(asInput)];
}

function asInput(item: OutputItem): InputItem {
  return item;
}
