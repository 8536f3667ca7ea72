/**
 * One capability table entry, compiled at boot into what adapting a request reads: its profile
 * merged in (the entry's fields win; `rejects` and `renames` are merged key by key), and the
 * parameter lists as arrays, so a request walks short arrays and makes no lookups of its own.
 */
import type { ExclusiveParams, ModelCapabilities, ModelFeatures, ParamRejection } from "@aigw/plugin-api";

export interface CompiledCapabilities {
  /** The entry with its profile merged in, frozen (what `lookup` returns). */
  readonly entry: Readonly<ModelCapabilities>;
  readonly renames: readonly (readonly [from: string, to: string])[];
  readonly rejects: readonly (readonly [param: string, rejection: ParamRejection])[];
  readonly exclusive: readonly ExclusiveParams[];
  readonly features: Readonly<ModelFeatures>;
  readonly maxOutputTokens: number | undefined;
  /**
   * Every parameter whose presence may call for a change (renamed, refused, grouped, capped): a
   * request with none of them is accepted as it is after a few property reads.
   */
  readonly triggers: readonly string[];
}

/** The parameters that cap how much a model writes, clamped to its maximum. */
export const MAX_TOKEN_PARAMS = ["max_tokens", "max_completion_tokens"] as const;

/** Merges `entry`'s profile into it and compiles the result; throws on an unknown profile. */
export function compileCapabilities(
  entry: ModelCapabilities,
  profiles: Readonly<Record<string, ModelCapabilities>>,
): CompiledCapabilities {
  const merged = withProfile(entry, profiles);
  const renames = Object.entries(merged.renames ?? {});
  const rejects = Object.entries(merged.rejects ?? {});
  const exclusive = merged.exclusive ?? [];
  return {
    entry: Object.freeze(merged),
    renames,
    rejects,
    exclusive,
    features: merged.features ?? {},
    maxOutputTokens: merged.maxOutputTokens,
    triggers: [
      ...new Set([
        ...renames.map(([from]) => from),
        ...rejects.map(([param]) => param),
        ...exclusive.flatMap((group) => group.params),
        ...(merged.maxOutputTokens === undefined ? [] : MAX_TOKEN_PARAMS),
      ]),
    ],
  };
}

function withProfile(
  entry: ModelCapabilities,
  profiles: Readonly<Record<string, ModelCapabilities>>,
): ModelCapabilities {
  if (entry.profile === undefined) return structuredClone(entry);
  const profile = Object.hasOwn(profiles, entry.profile) ? profiles[entry.profile] : undefined;
  if (!profile) throw new Error(`The capability profile "${entry.profile}" does not exist.`);
  const merged: ModelCapabilities = structuredClone({ ...profile, ...entry });
  if (profile.rejects || entry.rejects) merged.rejects = { ...profile.rejects, ...entry.rejects };
  if (profile.renames || entry.renames) merged.renames = { ...profile.renames, ...entry.renames };
  if (profile.features || entry.features) merged.features = { ...profile.features, ...entry.features };
  return merged;
}
