// GENERATED FILE - do not edit. Source: plugins/transform-defaults/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Request parameters to fill in when the client left them out, and parameters to force.
 */
export interface DefaultsConfig {
  /**
   * Body fields set only when the request does not have them, e.g. { "max_tokens": 1024 }.
   */
  defaults?: {
    [k: string]: unknown;
  };
  /**
   * Body fields always set, overriding the client (a JSON merge patch: null removes a field).
   */
  force?: {
    [k: string]: unknown;
  };
  /**
   * Apply only to these models (all models when absent).
   *
   * @minItems 1
   */
  models?: [string, ...string[]];
}
