/**
 * A model-based test of the key lifecycle (fast-check `commands`): create keys (with a model
 * list and an expiry, or not), use them with any of their secrets past and present, rotate
 * (with or without a grace period), revoke, change the allowed models, and let time pass on the
 * gateway's clock. After every step the real gateway's answer is compared with what a plain
 * model of the rules says: 200, 403, or 401 with the reason.
 */
import type { ManualClock } from "@aigw/testkit";
import fc from "fast-check";
import { expect } from "vitest";
import type { TestGateway } from "./gateway.js";

interface ModelSecret {
  secret: string;
  /** Epoch ms after which it is refused; undefined for the current secret. */
  validUntil?: number;
}

interface ModelKey {
  id: string;
  /** Current secret first, then old ones in their grace period. */
  accepted: ModelSecret[];
  /** Secrets the key no longer accepts at all. */
  dropped: string[];
  revoked: boolean;
  expiresAt?: number;
  models?: string[];
}

interface Model {
  keys: ModelKey[];
}

interface Real {
  gw: TestGateway;
  clock: ManualClock;
}

const MODELS = ["mock-1", "mock-2", "gpt-4o", "gpt-4o-mini"] as const;

function allowed(models: string[] | undefined, model: string): boolean {
  return !models || models.some((m) => (m.endsWith("*") ? model.startsWith(m.slice(0, -1)) : m === model));
}

/** What the gateway must answer for `secret` of `key` asking for `model` at `now`. */
function expected(
  key: ModelKey,
  secret: string,
  model: string,
  now: number,
): { status: number; reason?: string } {
  const slot = key.accepted.find((s) => s.secret === secret);
  if (!slot) return { status: 401, reason: "not valid" };
  if (key.revoked) return { status: 401, reason: "revoked" };
  if (key.expiresAt !== undefined && key.expiresAt <= now) return { status: 401, reason: "expired" };
  if (slot.validUntil !== undefined && slot.validUntil <= now) return { status: 401, reason: "rotated" };
  if (!allowed(key.models, model)) return { status: 403 };
  return { status: 200 };
}

type Command = fc.AsyncCommand<Model, Real>;

class CreateKey implements Command {
  constructor(
    readonly models: string[] | undefined,
    readonly ttlMs: number | undefined,
  ) {}
  check = () => true;
  async run(model: Model, { gw, clock }: Real) {
    const body = {
      name: "model-based",
      ...(this.models ? { models: this.models } : {}),
      ...(this.ttlMs !== undefined ? { expiresAt: new Date(clock.now() + this.ttlMs).toISOString() } : {}),
    };
    const answer = await gw.admin("POST", "/admin/keys", body);
    expect(answer.status).toBe(201);
    model.keys.push({
      id: answer.json.id!,
      accepted: [{ secret: answer.json.key! }],
      dropped: [],
      revoked: false,
      ...(this.ttlMs !== undefined ? { expiresAt: clock.now() + this.ttlMs } : {}),
      ...(this.models ? { models: this.models } : {}),
    });
  }
  toString = () => `create(${JSON.stringify(this.models)}, ttl ${this.ttlMs})`;
}

class UseKey implements Command {
  constructor(
    readonly key: number,
    readonly secret: number,
    readonly model: string,
  ) {}
  check = (m: Readonly<Model>) => m.keys.length > 0;
  async run(model: Model, { gw, clock }: Real) {
    const key = model.keys[this.key % model.keys.length]!;
    const secrets = [...key.accepted.map((s) => s.secret), ...key.dropped];
    const secret = secrets[this.secret % secrets.length]!;
    const want = expected(key, secret, this.model, clock.now());
    const answer = await gw.chat(secret, { model: this.model });
    expect(answer.status, `${this} on ${key.id}`).toBe(want.status);
    if (want.reason) expect(answer.json.error!.message).toContain(want.reason);
    if (want.status === 200) expect(gw.records.at(-1)!.keyId).toBe(key.id);
  }
  toString = () => `use(key ${this.key}, secret ${this.secret}, ${this.model})`;
}

class RotateKey implements Command {
  constructor(
    readonly key: number,
    readonly graceSeconds: number,
  ) {}
  check = (m: Readonly<Model>) => m.keys.length > 0;
  async run(model: Model, { gw, clock }: Real) {
    const key = model.keys[this.key % model.keys.length]!;
    const answer = await gw.admin("POST", `/admin/keys/${key.id}/rotate`, {
      graceSeconds: this.graceSeconds,
    });
    if (key.revoked) {
      expect(answer.status).toBe(409);
      return;
    }
    expect(answer.status).toBe(200);
    const now = clock.now();
    const [current, ...old] = key.accepted;
    const keep =
      this.graceSeconds > 0
        ? [
            { secret: current!.secret, validUntil: now + this.graceSeconds * 1000 },
            ...old.filter((s) => s.validUntil! > now),
          ]
        : [];
    const kept = new Set(keep.map((s) => s.secret));
    key.dropped.push(...key.accepted.map((s) => s.secret).filter((s) => !kept.has(s)));
    key.accepted = [{ secret: answer.json.key! }, ...keep];
  }
  toString = () => `rotate(key ${this.key}, grace ${this.graceSeconds}s)`;
}

class RevokeKey implements Command {
  constructor(readonly key: number) {}
  check = (m: Readonly<Model>) => m.keys.length > 0;
  async run(model: Model, { gw }: Real) {
    const key = model.keys[this.key % model.keys.length]!;
    const answer = await gw.admin("DELETE", `/admin/keys/${key.id}`);
    expect(answer.status).toBe(200);
    expect(answer.json.status).toBe("revoked");
    key.revoked = true;
  }
  toString = () => `revoke(key ${this.key})`;
}

class SetModels implements Command {
  constructor(
    readonly key: number,
    readonly models: string[] | null,
  ) {}
  check = (m: Readonly<Model>) => m.keys.length > 0;
  async run(model: Model, { gw }: Real) {
    const key = model.keys[this.key % model.keys.length]!;
    const answer = await gw.admin("PATCH", `/admin/keys/${key.id}`, { models: this.models });
    if (key.revoked) {
      expect(answer.status).toBe(409);
      return;
    }
    expect(answer.status).toBe(200);
    if (this.models) key.models = this.models;
    else delete key.models;
  }
  toString = () => `models(key ${this.key}, ${JSON.stringify(this.models)})`;
}

class AdvanceClock implements Command {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(_model: Model, { clock }: Real) {
    clock.advance(this.ms);
  }
  toString = () => `advance(${this.ms} ms)`;
}

const modelList = fc.option(
  fc.uniqueArray(fc.constantFrom<string>(...MODELS, "gpt-4o*", "mock-*"), { minLength: 1, maxLength: 3 }),
  { nil: undefined },
);

export const lifecycleCommands = [
  fc
    .tuple(modelList, fc.option(fc.integer({ min: 1_000, max: 120_000 }), { nil: undefined }))
    .map(([models, ttl]) => new CreateKey(models, ttl)),
  fc
    .tuple(fc.nat(), fc.constant(0), fc.constantFrom<string>(...MODELS))
    .map(([key, secret, model]) => new UseKey(key, secret, model)),
  // Any secret the key has had, old ones included (uniform, so past secrets are picked often).
  fc
    .tuple(fc.nat(), fc.integer({ min: 1, max: 60 }), fc.constantFrom<string>(...MODELS))
    .map(([key, secret, model]) => new UseKey(key, secret, model)),
  fc.tuple(fc.nat(), fc.constantFrom(0, 0, 30, 90)).map(([key, grace]) => new RotateKey(key, grace)),
  fc.nat().map((key) => new RevokeKey(key)),
  fc
    .tuple(
      fc.nat(),
      fc.option(modelList.filter((m) => m !== undefined) as fc.Arbitrary<string[]>, { nil: null }),
    )
    .map(([key, models]) => new SetModels(key, models)),
  fc.integer({ min: 1_000, max: 60_000 }).map((ms) => new AdvanceClock(ms)),
];

/** Runs the lifecycle property against one gateway (keys of earlier runs do not interfere). */
export async function checkLifecycle(real: Real, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.commands(lifecycleCommands, { maxCommands: 40, size: "+1" }), (commands) =>
      fc.asyncModelRun(() => ({ model: { keys: [] }, real }), commands),
    ),
    { numRuns: runs },
  );
}
