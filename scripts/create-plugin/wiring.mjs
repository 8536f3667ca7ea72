// Wiring a new plugin package into the workspace, as edits of file texts (so the files keep
// their layout): the root build's project references, and runtime-kit's dependencies and
// references, which is how every runtime finds a first-party plugin from a config anywhere.

/**
 * tsconfig.build.json with the package's reference before packages/runtime-kit (which
 * references every plugin, so every plugin is built before it).
 * @param {string} text
 * @param {string} dir the package folder under plugins/
 */
export function addBuildReference(text, dir) {
  const refs = JSON.parse(text).references.map((ref) => ref.path);
  if (refs.includes(`plugins/${dir}`))
    throw new Error(`tsconfig.build.json already references plugins/${dir}`);
  const anchor = /^([ \t]*)\{ "path": "packages\/runtime-kit" \},?\n/m.exec(text);
  if (!anchor)
    throw new Error('tsconfig.build.json: no { "path": "packages/runtime-kit" } line to insert before');
  const line = `${anchor[1]}{ "path": "plugins/${dir}" },\n`;
  return text.slice(0, anchor.index) + line + text.slice(anchor.index);
}

/**
 * runtime-kit's package.json with the package among its dependencies (kept sorted).
 * @param {string} text
 * @param {string} packageName
 */
export function addRuntimeDependency(text, packageName) {
  const pkg = JSON.parse(text);
  if (pkg.dependencies?.[packageName])
    throw new Error(`packages/runtime-kit/package.json already depends on ${packageName}`);
  const dependencies = { ...pkg.dependencies, [packageName]: "workspace:*" };
  pkg.dependencies = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * runtime-kit's tsconfig.json with a reference to the package, after the plugin references that
 * sort before it, in the file's one-reference-per-line layout.
 * @param {string} text
 * @param {string} dir the package folder under plugins/
 */
export function addRuntimeReference(text, dir) {
  const path = `../../plugins/${dir}`;
  const refs = JSON.parse(text).references.map((ref) => ref.path);
  if (refs.includes(path)) throw new Error(`packages/runtime-kit/tsconfig.json already references ${path}`);
  const block = /("references": \[\n)([ \t]*)([\s\S]*?)\n([ \t]*\])/.exec(text);
  if (!block) throw new Error("packages/runtime-kit/tsconfig.json: no multi-line references list found");
  const [whole, open, indent, , close] = block;
  const before = refs.filter((ref) => !ref.startsWith("../../plugins/") || ref.localeCompare(path) < 0);
  const after = refs.filter((ref) => !before.includes(ref));
  const lines = [...before, path, ...after].map((ref) => `${indent}{ "path": "${ref}" }`);
  return text.replace(whole, `${open}${lines.join(",\n")}\n${close}`);
}
