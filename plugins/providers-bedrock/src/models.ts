/**
 * Which Bedrock model a request runs on (the node's forced `model`, the `modelMap` entry for
 * the client's name, or the client's name itself), the URL path of each operation (the model id
 * is one path segment, so a `:` or an ARN's `/` is percent-encoded), and the `/v1/models` list.
 * Bedrock's runtime endpoint has no model listing (that is the control plane's
 * ListFoundationModels, another host and permission), so the list comes from the config.
 */
import { GatewayError, type ModelObject } from "@aigw/plugin-api";
import { listedModels } from "@aigw/wire-kit";
import type { BedrockProviderConfig } from "./config.gen.js";

export function modelIdFor(requested: string | undefined, config: BedrockProviderConfig): string {
  const id = config.model ?? (requested ? (config.modelMap?.[requested] ?? requested) : undefined);
  if (!id) throw new GatewayError("invalid_request", "The request names no model.", { param: "model" });
  return id;
}

export type Operation = "converse" | "converse-stream" | "invoke";

export function operationPath(modelId: string, operation: Operation): string {
  let segment: string;
  try {
    segment = encodeURIComponent(modelId);
  } catch {
    // A lone surrogate has no UTF-8 form, so no URL: no model can have such a name.
    throw new GatewayError("invalid_request", "The model name is not valid Unicode text.", {
      param: "model",
    });
  }
  return `/model/${segment}/${operation}`;
}

export function listModels(config: BedrockProviderConfig): ModelObject[] {
  const ids = config.models ?? [
    ...Object.keys(config.modelMap ?? {}),
    ...(config.model ? [config.model] : []),
  ];
  return listedModels([...new Set(ids)], "bedrock");
}
