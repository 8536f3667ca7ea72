/**
 * Reads gateway config text: JSON, or YAML (a superset) for files a person writes. The runtime
 * reads the file; the engine only parses, so it needs no file system.
 */
import { parse as parseYaml } from "yaml";
import { ConfigError } from "./config-error.js";

/** Parses config text; `name` (a file name) picks JSON for `.json` and YAML otherwise. */
export function parseConfigText(text: string, name = "config.yaml"): unknown {
  try {
    if (name.endsWith(".json")) return JSON.parse(text);
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new ConfigError([
      {
        path: "",
        message: `${name} is not valid ${name.endsWith(".json") ? "JSON" : "YAML"}: ${(error as Error).message}`,
      },
    ]);
  }
}
