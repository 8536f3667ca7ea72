/**
 * The limits last seen per scope and id, for the admin API (limits live in principals, resolved
 * per request by the auth node; this plugin has no other place to learn them). Bounded: past
 * `max` entries the oldest is forgotten.
 */
import type { QuotaPolicy } from "@aigw/plugin-api";

export class PolicyMemory {
  private readonly seen = new Map<string, QuotaPolicy>();
  /** Each policy object's `<scope>:<id>`, made once (policies are reused request after request). */
  private readonly keys = new WeakMap<QuotaPolicy, string>();

  constructor(private readonly max = 10_000) {}

  note(policies: readonly QuotaPolicy[]): void {
    for (const policy of policies) {
      let key = this.keys.get(policy);
      if (key === undefined) {
        key = `${policy.scope}:${policy.id}`;
        this.keys.set(policy, key);
      }
      if (this.seen.get(key) === policy) continue;
      if (!this.seen.has(key) && this.seen.size >= this.max) {
        const oldest = this.seen.keys().next().value;
        if (oldest !== undefined) this.seen.delete(oldest);
      }
      this.seen.set(key, policy);
    }
  }

  get(scope: QuotaPolicy["scope"], id: string): QuotaPolicy | undefined {
    return this.seen.get(`${scope}:${id}`);
  }
}
