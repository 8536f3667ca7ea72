/** Type-level: definePlugin infers the plugin's config type from its schema-generated type. */
import { definePlugin, type Plugin, type PluginConfigOf } from "@aigw/plugin-api";
import { expectTypeOf, test } from "vitest";
import type { DefaultsConfig } from "./config.gen.js";
import plugin from "./index.js";

test("the config type comes from schema/config.json", () => {
  expectTypeOf<PluginConfigOf<typeof plugin>>().toEqualTypeOf<DefaultsConfig>();
  expectTypeOf(plugin).toMatchTypeOf<Plugin<DefaultsConfig>>();
  expectTypeOf<DefaultsConfig["models"]>().toEqualTypeOf<[string, ...string[]] | undefined>();
});

test("create is checked against the inferred config", () => {
  definePlugin({
    manifest: { ...plugin.manifest, hooks: ["request"] },
    create(config: DefaultsConfig) {
      // @ts-expect-error - not a field of DefaultsConfig
      config.temperature;
      return { request: () => undefined };
    },
  });
  // @ts-expect-error - a Plugin<DefaultsConfig> cannot be used where another config is expected
  const wrong: Plugin<{ port: number }> = plugin;
  void wrong;
});
