// GENERATED FILE - do not edit. Source: plugins/router-conditional/schema/config.json. Regenerate with `pnpm gen`.

/**
 * This interface was referenced by `ConditionalRouterConfig`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition =
  | {
      field: string;
      eq?: unknown;
      ne?: unknown;
      gt?: number;
      gte?: number;
      lt?: number;
      lte?: number;
      in?: unknown[];
      nin?: unknown[];
      regex?: string;
      exists?: boolean;
    }
  | {
      /**
       * @minItems 1
       */
      all: [Condition, ...Condition[]];
    }
  | {
      /**
       * @minItems 1
       */
      any: [Condition, ...Condition[]];
    }
  | {
      not: Condition;
    };

/**
 * Routes each request to the first target whose rule matches, else to the default.
 */
export interface ConditionalRouterConfig {
  /**
   * @minItems 1
   */
  routes: [Route, ...Route[]];
  /**
   * The target when no rule matches (when absent, a request no rule matches gets a 400 with code no_route).
   */
  default?: string;
}
/**
 * This interface was referenced by `ConditionalRouterConfig`'s JSON-Schema
 * via the `definition` "Route".
 */
export interface Route {
  when: Condition;
  /**
   * One of the node's targets.
   */
  target: string;
}
