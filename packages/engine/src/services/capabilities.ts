/**
 * The capabilities service: the built-in capability table (@aigw/schemas' capabilities.json)
 * with the gateway config's `capabilities.overrides` on top, as the `Capabilities` every plugin
 * gets. `createCapabilities` compiles a table already known to be valid (each entry's profile
 * merged in, once); `loadCapabilities` validates the built-in table and the overrides first,
 * reporting each problem at its config path (`/capabilities/overrides/...`).
 */
import type { Capabilities, CapabilityTable, ModelCapabilities } from "@aigw/plugin-api";
import { capabilityTable } from "@aigw/schemas/capabilities";
import { validateCapabilityTable } from "@aigw/schemas/validators";
import { ConfigError, type ConfigIssue, formatIssue } from "../config/config-error.js";
import { adaptChat } from "./capability-adapt.js";
import { type CompiledCapabilities, compileCapabilities } from "./capability-compile.js";
import { ModelLookup } from "./model-lookup.js";
import { checkBuiltInTable, checkOverrides } from "./table-checks.js";

type Providers = CapabilityTable["providers"];

/**
 * A `Capabilities` over `table`, with `overrides` (same shape as the table's `providers`)
 * replacing the built-in entry of each id they name. Throws when an entry names a profile the
 * table does not have (`loadCapabilities` reports those as config issues first).
 */
export function createCapabilities(table: CapabilityTable, overrides?: Providers): Capabilities {
  const profiles = table.profiles ?? {};
  const lookup = new ModelLookup<ModelCapabilities, CompiledCapabilities>(
    table.providers,
    overrides,
    (entry) => compileCapabilities(entry, profiles),
  );
  return {
    version: table.version,
    lookup: (provider, model) => lookup.find(provider, model)?.entry,
    adaptChat: (provider, model, body, mode) => adaptChat(lookup.find(provider, model), model, body, mode),
  };
}

/**
 * The gateway's `Capabilities`: the built-in table with the config's `capabilities.overrides`
 * (any value: it is validated here). Throws a `ConfigError` naming each bad override at its path
 * (e.g. `/capabilities/overrides/openai/o3/maxOutputTokens`, or an unknown `profile`), and a plain
 * error if the built-in table itself is broken.
 */
export function loadCapabilities(overrides?: unknown): Capabilities {
  checkBuiltInTable(
    validateCapabilityTable,
    capabilityTable,
    "capability table (@aigw/schemas/capabilities.json)",
  );
  const table = capabilityTable as CapabilityTable;
  const builtInProfiles = unknownProfiles(table.providers, table.profiles, "/providers");
  if (builtInProfiles.length > 0)
    throw new Error(
      `The built-in capability table names unknown profiles:\n${builtInProfiles.map(formatIssue).join("\n")}`,
    );
  if (overrides === undefined) return createCapabilities(table);
  checkOverrides(validateCapabilityTable, overrides, "/capabilities/overrides");
  const valid = overrides as Providers;
  const unknown = unknownProfiles(valid, table.profiles, "/capabilities/overrides");
  if (unknown.length > 0) throw new ConfigError(unknown);
  return createCapabilities(table, valid);
}

function unknownProfiles(
  providers: Providers,
  profiles: CapabilityTable["profiles"],
  at: string,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const [provider, models] of Object.entries(providers))
    for (const [id, entry] of Object.entries(models))
      if (entry.profile !== undefined && !(profiles && Object.hasOwn(profiles, entry.profile)))
        issues.push({
          path: `${at}/${pointerSegment(provider)}/${pointerSegment(id)}/profile`,
          message: `names the profile "${entry.profile}", which the capability table does not have (it has: ${Object.keys(profiles ?? {}).join(", ") || "none"})`,
        });
  return issues;
}

/** A JSON pointer segment (RFC 6901). */
const pointerSegment = (segment: string): string => segment.replace(/~/g, "~0").replace(/\//g, "~1");
