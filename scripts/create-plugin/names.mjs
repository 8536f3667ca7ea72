// The names a new plugin package is known by, derived from its kind and the name given on the
// command line: its folder (also the manifest name nodes write in `plugin:`), its npm package
// name, the TypeScript name of its config type, and the environment variable a provider reads its
// key from. A name that would make any of them invalid is refused with the reason.

/** Each kind the scaffolder knows, with the folder prefix plugins of that kind use. */
export const KINDS = {
  guardrail: { prefix: "guardrail-", title: "Guardrail" },
  provider: { prefix: "providers-", title: "Provider" },
  logger: { prefix: "logger-", title: "Logger" },
};

/** Lowercase words of letters and digits joined by single hyphens, starting with a letter. */
const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Leaves room for the prefix within npm's 214 characters and keeps node ids readable. */
const MAX_NAME = 40;

/** A refused kind or name; the message says why and what is accepted. */
export class NameError extends Error {
  name = "NameError";
}

/**
 * The names of a new `kind` plugin called `name`. A name that already carries the kind's
 * prefix (`guardrail-topics` for a guardrail) is taken without it.
 * @param {string} kind
 * @param {string} name
 */
export function pluginNames(kind, name) {
  const spec = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
  if (!spec) throw new NameError(`unknown kind "${kind}": use one of ${Object.keys(KINDS).join(", ")}`);
  const bare = name.startsWith(spec.prefix) ? name.slice(spec.prefix.length) : name;
  if (!NAME.test(bare))
    throw new NameError(
      `"${name}" is not a valid name: use lowercase letters, digits and single hyphens, starting with a letter (e.g. "house-rules")`,
    );
  if (bare.length > MAX_NAME) throw new NameError(`"${name}" is too long: at most ${MAX_NAME} characters`);
  const dir = `${spec.prefix}${bare}`;
  const pascal = bare
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
  return {
    kind,
    /** As given, without the kind's prefix: `house-rules`. */
    name: bare,
    /** The folder under plugins/ and the manifest name: `guardrail-house-rules`. */
    dir,
    /** `@aigw/guardrail-house-rules`. */
    packageName: `@aigw/${dir}`,
    /** `HouseRules`. */
    pascal,
    /** The config schema's title, hence its TypeScript type: `HouseRulesGuardrailConfig`. */
    configType: `${pascal}${spec.title}Config`,
    /** The variable a provider reads its key from: `HOUSE_RULES_API_KEY`. */
    envName: `${bare.toUpperCase().replace(/-/g, "_")}_API_KEY`,
  };
}

/**
 * Why a new package's names are taken in the workspace, or undefined when they are free: another
 * package with the same npm name (`guardrail-kit` is a package already), or a plugin of another
 * package with the same manifest name.
 * @param {ReturnType<typeof pluginNames>} names
 * @param {readonly { dir: string, packageName: string, plugins: readonly string[] }[]} workspace
 */
export function nameClash(names, workspace) {
  for (const pkg of workspace) {
    if (pkg.packageName === names.packageName)
      return `${pkg.dir} is already the package ${names.packageName}: pick another name`;
    if (pkg.plugins.includes(names.dir))
      return `${pkg.dir} already has a plugin named "${names.dir}": pick another name`;
  }
  return undefined;
}
