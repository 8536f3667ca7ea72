// Properties of adapting a chat request to a model of the shipped capability table, for any model
// the table lists and any mix of parameters: the adapted request holds nothing the model refuses;
// adapting it again changes nothing; a request the model accepts comes back as the very object;
// `error` mode refuses exactly the requests `drop` mode would change, naming the first parameter.
import { type ChatCompletionRequest, isGatewayError, type ModelCapabilities } from "@aigw/plugin-api";
import { capabilityTable } from "@aigw/schemas/capabilities";
import fc from "fast-check";
import { expect, it } from "vitest";
import { loadCapabilities } from "./capabilities.js";

const capabilities = loadCapabilities();

/** Every (provider, model id) the table lists, a prefix entry standing for an id it matches. */
const listed = Object.entries(capabilityTable.providers).flatMap(([provider, models]) =>
  Object.keys(models).map((id) => [provider, id] as const),
);
const target = fc
  .tuple(fc.constantFrom(...listed), fc.constantFrom("", "-2025-01-01", "-latest", "x"))
  .map(([[provider, id], suffix]) => ({
    provider,
    model: id.endsWith("*") ? id.slice(0, -1) + suffix : id,
  }));

const parameters = {
  temperature: fc.double({ min: 0, max: 2, noNaN: true }),
  top_p: fc.double({ min: 0, max: 1, noNaN: true }),
  top_k: fc.integer({ min: 1, max: 100 }),
  max_tokens: fc.integer({ min: 1, max: 300_000 }),
  max_completion_tokens: fc.integer({ min: 1, max: 300_000 }),
  presence_penalty: fc.double({ min: -2, max: 2, noNaN: true }),
  frequency_penalty: fc.double({ min: -2, max: 2, noNaN: true }),
  logprobs: fc.boolean(),
  top_logprobs: fc.integer({ min: 0, max: 20 }),
  logit_bias: fc.constant({ "50256": -100 }),
  stop: fc.constant(["\n"]),
  seed: fc.integer(),
  reasoning_effort: fc.constantFrom("none", "minimal", "low", "medium", "high"),
};
const body = fc
  .record(parameters, { requiredKeys: [] })
  .map(
    (fields) =>
      ({ model: "m", messages: [{ role: "user", content: "hi" }], ...fields }) as ChatCompletionRequest,
  );

/** Whether `entry` accepts `request` as it is: what the adapted request must satisfy. */
function accepts(entry: ModelCapabilities | undefined, request: ChatCompletionRequest): boolean {
  if (!entry) return true;
  const fields = request as unknown as Record<string, unknown>;
  const sent = (param: string) => fields[param] !== undefined;
  for (const from of Object.keys(entry.renames ?? {})) if (sent(from)) return false;
  for (const [param, rejection] of Object.entries(entry.rejects ?? {})) {
    if (!sent(param)) continue;
    const unless = rejection.unless;
    const excused =
      unless !== undefined &&
      Object.entries(unless).every(([other, values]) =>
        values.includes((fields[other] ?? null) as string | number | boolean | null),
      );
    if (!excused) return false;
  }
  for (const group of entry.exclusive ?? []) if (group.params.filter(sent).length > 1) return false;
  const maximum = entry.maxOutputTokens;
  if (maximum !== undefined)
    for (const param of ["max_tokens", "max_completion_tokens"])
      if (typeof fields[param] === "number" && (fields[param] as number) > maximum) return false;
  return true;
}

it("an adapted request holds nothing the model refuses, and adapting it again changes nothing", () => {
  fc.assert(
    fc.property(target, body, ({ provider, model }, request) => {
      const once = capabilities.adaptChat(provider, model, request, "drop");
      expect(accepts(capabilities.lookup(provider, model), once.body)).toBe(true);
      const twice = capabilities.adaptChat(provider, model, once.body, "drop");
      expect(twice.body).toBe(once.body);
      expect(twice.adaptations).toEqual([]);
    }),
    { numRuns: 2000 },
  );
});

it("a request the model accepts is the very object given back, with nothing reported", () => {
  fc.assert(
    fc.property(target, body, ({ provider, model }, request) => {
      const out = capabilities.adaptChat(provider, model, request, "drop");
      const untouched = accepts(capabilities.lookup(provider, model), request);
      expect(out.body === request).toBe(untouched);
      expect(out.adaptations.length === 0).toBe(untouched);
    }),
    { numRuns: 2000 },
  );
});

it("error mode refuses exactly what drop mode would change, naming its first parameter and the model", () => {
  fc.assert(
    fc.property(target, body, ({ provider, model }, request) => {
      const dropped = capabilities.adaptChat(provider, model, request, "drop");
      let refused: unknown;
      try {
        capabilities.adaptChat(provider, model, request, "error");
      } catch (error) {
        refused = error;
      }
      if (dropped.adaptations.length === 0) {
        expect(refused).toBeUndefined();
        return;
      }
      expect(isGatewayError(refused)).toBe(true);
      if (!isGatewayError(refused)) return;
      expect([refused.status, refused.param]).toEqual([400, dropped.adaptations[0]!.param]);
      expect(refused.message).toContain(model);
    }),
    { numRuns: 1000 },
  );
});
