// GENERATED FILE - do not edit. Source: schemas/capabilities.schema.json. Regenerate with `pnpm gen`.

/**
 * What each model accepts on the chat completions endpoint, so a provider node can adapt a request before it is sent: parameters the model refuses, renames, pairs it takes only one of, features it lacks and the most tokens it writes. A model the table does not list is sent as the client asked.
 */
export interface CapabilityTable {
  $schema?: string;
  /**
   * The table's version (the date its facts were checked, YYYY-MM-DD, optionally with a suffix).
   */
  version: string;
  /**
   * Named sets of capabilities several models share (OpenAI's reasoning models, say); a model entry names one as `profile` and adds or replaces fields.
   */
  profiles?: {
    [k: string]: ModelCapabilities;
  };
  /**
   * By provider label (as the price table and the record's `provider`: openai, azure, anthropic, bedrock, google, mistral, cohere, groq...), then by model id. A model id ending in `*` matches every id that starts with what comes before it (the longest such prefix wins; an exact id wins over any prefix); an id with a `/` is also tried without what comes before its last `/`.
   */
  providers: {
    [k: string]: {
      [k: string]: ModelCapabilities;
    };
  };
}
/**
 * What one model refuses or lacks. Everything left out is accepted as sent.
 *
 * This interface was referenced by `CapabilityTable`'s JSON-Schema
 * via the `definition` "ModelCapabilities".
 */
export interface ModelCapabilities {
  /**
   * A profile of the table's `profiles` this entry starts from; its own fields replace the profile's (`rejects`, `renames` and `features` are merged key by key, the entry's winning).
   */
  profile?: string;
  /**
   * Body parameters the model refuses, by name, each with the reason (as the upstream words it). Adapting drops them (or, with `adapt: error`, answers 400).
   */
  rejects?: {
    [k: string]: ParamRejection;
  };
  /**
   * Body parameters the model takes under another name: `{"max_tokens": "max_completion_tokens"}`. When both names are sent, the new name's value is kept and the old one dropped.
   */
  renames?: {
    [k: string]: string;
  };
  /**
   * Groups of parameters the model takes only one of at a time (Claude's `temperature` and `top_p`): when several are sent, `keep` stays and the others are dropped.
   */
  exclusive?: ExclusiveParams[];
  features?: ModelFeatures;
  /**
   * The most tokens the model writes in one answer: `max_tokens` and `max_completion_tokens` above it are clamped to it.
   */
  maxOutputTokens?: number;
  /**
   * Where the facts come from (the provider's documentation, or its error message).
   */
  source?: string;
}
/**
 * This interface was referenced by `CapabilityTable`'s JSON-Schema
 * via the `definition` "ParamRejection".
 */
export interface ParamRejection {
  /**
   * Why the model refuses it.
   */
  reason: string;
  /**
   * The parameter is accepted when every parameter named here has one of the listed values (`null`: the parameter is absent). GPT-5.1 takes `temperature` only while `reasoning_effort` is `none`, its default: `{"reasoning_effort": ["none", null]}`.
   */
  unless?: {
    /**
     * @minItems 1
     */
    [k: string]: [string | number | boolean | null, ...(string | number | boolean | null)[]];
  };
}
/**
 * This interface was referenced by `CapabilityTable`'s JSON-Schema
 * via the `definition` "ExclusiveParams".
 */
export interface ExclusiveParams {
  /**
   * The parameters of the group.
   *
   * @minItems 2
   */
  params: [string, string, ...string[]];
  /**
   * The one kept when several are sent.
   */
  keep: string;
  /**
   * Why (as the upstream words it).
   */
  reason?: string;
}
/**
 * Features the model lacks (`false`); a request that uses one cannot be adapted and is answered 400 naming the parameter and the model, before any upstream call. Absent means supported.
 *
 * This interface was referenced by `CapabilityTable`'s JSON-Schema
 * via the `definition` "ModelFeatures".
 */
export interface ModelFeatures {
  /**
   * `tools` / `functions` (function calling).
   */
  tools?: boolean;
  /**
   * Image parts in messages.
   */
  vision?: boolean;
  /**
   * `response_format` of type `json_schema` (Structured Outputs).
   */
  jsonSchema?: boolean;
  /**
   * `stream: true`.
   */
  streaming?: boolean;
  /**
   * Messages with the `system` or `developer` role.
   */
  systemMessages?: boolean;
}
