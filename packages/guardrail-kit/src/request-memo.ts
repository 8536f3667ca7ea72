/**
 * State a guardrail keeps for one request between its hooks (the placeholders it masked on the
 * way in, to restore on the way out). Keyed by the request's record, so it goes when the request
 * does and never crosses requests or callers.
 */
import type { HookContext, RequestAnnotations } from "@aigw/plugin-api";

export class RequestMemo<T> {
  private readonly values = new WeakMap<RequestAnnotations, T>();

  get(ctx: HookContext): T | undefined {
    return this.values.get(ctx.annotations);
  }

  /** The request's value, made by `create` on first use. */
  ensure(ctx: HookContext, create: () => T): T {
    let value = this.values.get(ctx.annotations);
    if (value === undefined) {
      value = create();
      this.values.set(ctx.annotations, value);
    }
    return value;
  }
}
