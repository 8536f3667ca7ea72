// Types of ajv-options.js (see there). Spelled out rather than ajv's `Options`, so that this
// package needs no ajv to be type-checked against.
export interface AjvOptions {
  readonly allErrors: true;
  readonly useDefaults: true;
  readonly strict: true;
  readonly strictRequired: false;
  readonly strictTypes: false;
  readonly strictTuples: false;
  readonly allowUnionTypes: true;
  readonly discriminator: true;
}

/** The options of every aigw ajv instance, runtime or build time. */
export declare const ajvOptions: AjvOptions;
