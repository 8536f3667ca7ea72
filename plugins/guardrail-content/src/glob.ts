/**
 * Model-name globs: `*` is any run of characters, `?` exactly one, everything else literal;
 * a list of globs compiles into one anchored, case-insensitive regular expression.
 */

/** One regex matching a name when any of the globs matches all of it. */
export function compileGlobs(globs: readonly string[]): RegExp {
  const alternatives = globs.map((glob) =>
    glob
      .replace(/[\\^$.+()[\]{}|/]/g, "\\$&")
      .replace(/\*/g, "[\\s\\S]*")
      .replace(/\?/g, "[\\s\\S]"),
  );
  return new RegExp(`^(?:${alternatives.join("|")})$`, "i");
}
