/**
 * @aigw/plugin-api: the contract between the engine and every plugin. The engine imports only
 * this package; plugins import this package and, for the wire helpers providers share,
 * @aigw/wire-kit.
 */
export * from "./abort.js";
export * from "./assemble-stream.js";
export type * from "./capability-table.gen.js";
export * from "./condition.js";
export * from "./context.js";
export * from "./define-plugin.js";
export * from "./errors.js";
export * from "./field-path.js";
export * from "./hooks.js";
export type * from "./ingress.js";
export * from "./json.js";
export type * from "./openai/index.js";
export type * from "./price-table.gen.js";
export type * from "./record.js";
export * from "./record-json.js";
export type * from "./request.js";
export type * from "./request-record.gen.js";
export * from "./result.js";
export * from "./served.js";
export * from "./services.js";
export const PLUGIN_API_VERSION = "0.1.0";
