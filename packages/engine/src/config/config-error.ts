/**
 * Boot-time configuration errors. Each issue names the JSON path and, where there is one, the
 * node, so a user can find the line to fix; all issues are reported at once.
 */

export interface ConfigIssue {
  /** JSON pointer into the config, e.g. `/pipeline/nodes/2/needs/0`. */
  path: string;
  /** The node id the issue is about, when there is one. */
  node?: string | undefined;
  message: string;
}

export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(`Invalid gateway config:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "ConfigError";
    this.issues = issues;
  }
}

export function formatIssue(issue: ConfigIssue): string {
  const where = issue.node ? `${issue.path || "/"} (node "${issue.node}")` : issue.path || "/";
  return `  - ${where}: ${issue.message}`;
}
