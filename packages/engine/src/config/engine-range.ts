/**
 * Whether this engine's version is in a plugin's supported `engine` range. A plain caret range
 * (`^0.1.0`: what every first-party plugin and the plugin guide declare) is read here; any other
 * range (`>=0.1 <0.3`, `~0.1`, `0.x`, prereleases...) loads semver's own `satisfies`. semver is
 * the larger part of what an engine loads to check this, a fifth of a minimal gateway's code.
 */

const PLAIN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const CARET = /^\^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * semver's answer for `^MAJOR.MINOR.PATCH` and a release version; `undefined` for anything else.
 * The caret allows changes that do not touch the left-most non-zero part.
 */
export function caretSatisfies(version: string, range: string): boolean | undefined {
  const v = PLAIN.exec(version);
  const r = CARET.exec(range.trim());
  if (!v || !r) return undefined;
  const [vMajor, vMinor, vPatch] = [Number(v[1]), Number(v[2]), Number(v[3])];
  const [major, minor, patch] = [Number(r[1]), Number(r[2]), Number(r[3])];
  if (!Number.isSafeInteger(vMajor + vMinor + vPatch + major + minor + patch)) return undefined;
  const atLeast = vMajor !== major ? vMajor > major : vMinor !== minor ? vMinor > minor : vPatch >= patch;
  if (!atLeast) return false;
  if (major > 0) return vMajor === major;
  if (minor > 0) return vMajor === 0 && vMinor === minor;
  return vMajor === 0 && vMinor === 0 && vPatch === patch;
}

/** Whether `version` is in `range` (an invalid range is not). */
export async function engineSatisfies(version: string, range: string): Promise<boolean> {
  const quick = caretSatisfies(version, range);
  if (quick !== undefined) return quick;
  const [{ default: satisfies }, { default: validRange }] = await Promise.all([
    import("semver/functions/satisfies.js"),
    import("semver/ranges/valid.js"),
  ]);
  return validRange(range) !== null && satisfies(version, range, { includePrerelease: true });
}
