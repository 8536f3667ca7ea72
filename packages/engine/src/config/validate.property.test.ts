/**
 * Properties of config validation: every config built from the grammar validates, and every
 * mutation into an invalid one is rejected with an issue at the mutated JSON path. Run with the
 * precompiled gateway validator a boot uses and with the schema compiled by ajv at runtime.
 */
import type { ConfigValidator } from "@aigw/plugin-api";
import { gatewaySchema } from "@aigw/schemas";
import { validateGateway } from "@aigw/schemas/validators";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type GeneratedPipeline, pipeline } from "../testing/arbitraries.js";
import { newJournal, testPlugins } from "../testing/probe-plugins.js";
import { createAjv } from "./ajv.js";
import { ConfigError } from "./config-error.js";
import { buildRegistry } from "./registry.js";
import { validateGatewayConfig } from "./validate.js";

// The probe plugins carry no precompiled validator: their schemas are compiled with ajv.
const registry = await buildRegistry(testPlugins(newJournal()));

/** A mutation: changes the config and says the path the error must name. */
type Mutation = (config: GeneratedPipeline["config"], k: number) => string | undefined;

const mutations: Record<string, Mutation> = {
  unknownNodeField: (c, k) => {
    c.pipeline.nodes[k]!.colour = "red";
    return `/pipeline/nodes/${k}/colour`;
  },
  unknownTopLevelField: (c) => {
    (c as Record<string, unknown>).pipelin = {};
    return "/pipelin";
  },
  unknownPlugin: (c, k) => {
    c.pipeline.nodes[k]!.plugin = "no-such-plugin";
    return `/pipeline/nodes/${k}/plugin`;
  },
  danglingNeed: (c, k) => {
    const node = c.pipeline.nodes[k]!;
    if (node.plugin !== "probe") return undefined;
    const needs = [...((node.needs as string[] | undefined) ?? []), "ghost"];
    node.needs = needs;
    return `/pipeline/nodes/${k}/needs/${needs.length - 1}`;
  },
  badTimeout: (c, k) => {
    c.pipeline.nodes[k]!.timeoutMs = -5;
    return `/pipeline/nodes/${k}/timeoutMs`;
  },
  badPluginConfig: (c, k) => {
    const node = c.pipeline.nodes[k]!;
    if (node.plugin !== "probe") return undefined;
    node.config = { ...((node.config as object) ?? {}), delayMs: "soon" };
    return `/pipeline/nodes/${k}/config/delayMs`;
  },
  unknownPluginConfigField: (c, k) => {
    const node = c.pipeline.nodes[k]!;
    if (node.plugin !== "probe") return undefined;
    node.config = { ...((node.config as object) ?? {}), sparkle: true };
    return `/pipeline/nodes/${k}/config/sparkle`;
  },
  duplicateId: (c, k) => {
    if (k === 0) return undefined;
    c.pipeline.nodes[k]!.id = c.pipeline.nodes[0]!.id;
    return `/pipeline/nodes/${k}/id`;
  },
  badCondition: (c, k) => {
    const node = c.pipeline.nodes[k]!;
    if (node.plugin !== "probe") return undefined;
    node.when = { field: "model", eq: "x", ne: "y" };
    return `/pipeline/nodes/${k}/when`;
  },
};

describe.each<[string, ConfigValidator]>([
  ["precompiled", validateGateway],
  ["runtime-compiled", createAjv().compile(gatewaySchema)],
])("config validation (%s gateway validator)", (_kind, validateSchema) => {
  const validate = (config: unknown) => validateGatewayConfig(config, validateSchema, registry);

  test("any config built from the grammar validates", () => {
    fc.assert(
      fc.property(pipeline, ({ config }) => {
        expect(() => validate(config)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  test("mutating a valid config into an invalid one is rejected with the mutated path", () => {
    fc.assert(
      fc.property(
        pipeline,
        fc.constantFrom(...Object.keys(mutations)),
        fc.nat(),
        ({ config }, name, pick) => {
          const mutated = structuredClone(config);
          const k = pick % mutated.pipeline.nodes.length;
          const path = mutations[name]!(mutated, k);
          fc.pre(path !== undefined);
          let error: unknown;
          try {
            validate(mutated);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(ConfigError);
          const paths = (error as ConfigError).issues.map((i) => i.path);
          expect(paths).toContain(path);
        },
      ),
      { numRuns: 400 },
    );
  });

  test("validation does not change the caller's config", () => {
    fc.assert(
      fc.property(pipeline, ({ config }) => {
        const before = structuredClone(config);
        validate(config);
        expect(config).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
