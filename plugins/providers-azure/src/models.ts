/**
 * The `models` hook: the node's configured model ids, or else the model names its deployments
 * map serves. Azure's data plane has no listing of a resource's deployments, so nothing is
 * fetched.
 */
import type { ModelObject } from "@aigw/plugin-api";
import { listedModels } from "@aigw/wire-kit";
import type { AzureOpenAIProviderConfig } from "./config.gen.js";

export function configuredModels(config: AzureOpenAIProviderConfig): ModelObject[] {
  const ids = config.models ?? Object.keys(config.deployments ?? {});
  return listedModels(ids, "azure-openai");
}
