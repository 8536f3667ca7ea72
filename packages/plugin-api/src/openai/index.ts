/**
 * Entry point of the OpenAI wire-format models shared by every aigw plugin: re-exports the types
 * for common objects (JSON values, usage, errors, models), chat completions, legacy completions,
 * embeddings, image generation, audio and moderations. The module is type-only and emits no
 * runtime code.
 */

export type * from "./audio.js";
export type * from "./chat.js";
export type * from "./common.js";
export type * from "./completions.js";
export type * from "./embeddings.js";
export type * from "./images.js";
export type * from "./moderations.js";
