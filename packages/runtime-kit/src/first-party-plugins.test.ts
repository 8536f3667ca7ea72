// Every package under plugins/ ships with every runtime: runtime-kit depends on it (so it resolves
// from runtime-kit's own install wherever a config lives), references it for `tsc -b`, and lists
// it among the available plugins of a boot error.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { firstPartyPlugins } from "./first-party-plugins.js";

const root = new URL("../../../", import.meta.url);
const readJson = (path: string) =>
  JSON.parse(readFileSync(new URL(path, root), "utf8")) as Record<string, unknown>;

/** What plugins/* declare: package name and the manifest names in its `aigw` field. */
const declared = readdirSync(new URL("plugins/", root))
  .sort()
  .map((dir) => {
    const manifest = readJson(`plugins/${dir}/package.json`) as {
      name: string;
      aigw: { plugin?: string; plugins?: Record<string, string> };
    };
    const plugins = [manifest.aigw.plugin, ...Object.keys(manifest.aigw.plugins ?? {})].filter(Boolean);
    return { dir, packageName: manifest.name, plugins };
  });

describe("first-party plugins", () => {
  it("are every package under plugins/, with their manifest names", () => {
    expect(firstPartyPlugins()).toEqual(
      declared.map(({ packageName, plugins }) => ({ packageName, plugins })),
    );
    expect(declared.length).toBeGreaterThanOrEqual(12);
  });

  it("are dependencies of runtime-kit and project references of its build", () => {
    const { dependencies } = readJson("packages/runtime-kit/package.json") as {
      dependencies: Record<string, string>;
    };
    const { references } = readJson("packages/runtime-kit/tsconfig.json") as {
      references: { path: string }[];
    };
    for (const { dir, packageName } of declared) {
      expect(dependencies[packageName], packageName).toBe("workspace:*");
      expect(references.map((ref) => ref.path)).toContain(`../../plugins/${dir}`);
    }
  });
});
