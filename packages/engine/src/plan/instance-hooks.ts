/** Checks that a plugin instance implements exactly the hooks its manifest declares. */
import { HOOK_NAMES, type Plugin, type PluginInstance } from "@aigw/plugin-api";
import type { ConfigIssue } from "../config/config-error.js";

export function checkInstanceHooks(
  plugin: Plugin<unknown>,
  instance: PluginInstance,
  path: string,
  node: string,
  issues: ConfigIssue[],
): void {
  const name = plugin.manifest.name;
  const declared = new Set<string>(plugin.manifest.hooks);
  for (const hook of HOOK_NAMES) {
    const present = typeof (instance as Record<string, unknown>)[hook] === "function";
    if (declared.has(hook) && !present)
      issues.push({
        path,
        node,
        message: `plugin "${name}" declares hook "${hook}" but its instance has none`,
      });
    if (!declared.has(hook) && present)
      issues.push({
        path,
        node,
        message: `plugin "${name}" implements hook "${hook}" without declaring it in its manifest`,
      });
  }
}
