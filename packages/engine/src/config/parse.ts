/**
 * Reads gateway config text: JSON, or YAML (a superset) for files a person writes. The runtime
 * reads the file; the engine only parses, so it needs no file system.
 */
import { ConfigError } from "./config-error.js";

/**
 * Parses config text; `name` (a file name) picks JSON for `.json` and YAML otherwise. The YAML
 * parser is loaded only for YAML: it is ~80 modules, a fifth of the gateway's start-up.
 */
export async function parseConfigText(text: string, name = "config.yaml"): Promise<unknown> {
  try {
    if (name.endsWith(".json")) return JSON.parse(text);
    const { parse } = await import("yaml");
    return parse(text, { prettyErrors: true });
  } catch (error) {
    throw new ConfigError([
      {
        path: "",
        message: `${name} is not valid ${name.endsWith(".json") ? "JSON" : "YAML"}: ${(error as Error).message}`,
      },
    ]);
  }
}
