/**
 * `GET /v1/models` and `GET /v1/models/{id}`: the union of what every terminal of the selected
 * pipeline lists (first listing of an id wins). A terminal whose list fails is left out and
 * logged, so one unreachable provider does not hide the others' models.
 */
import { GatewayError, type ModelObject } from "@aigw/plugin-api";
import type { ExecutionPlan } from "../plan/plan.js";
import { type Answer, doorSignal, type IncomingCall, jsonAnswer } from "./call.js";
import { renderError } from "./render.js";

export async function listModels(
  call: IncomingCall,
  path: string,
  selectPlan: () => Promise<ExecutionPlan> | ExecutionPlan,
  toClientError: (thrown: unknown) => GatewayError,
): Promise<Answer> {
  if (call.method !== "GET")
    return renderError(
      new GatewayError("method_not_allowed", `${call.method} is not allowed on ${path}; use GET.`),
      {},
    );
  let plan: ExecutionPlan;
  try {
    plan = await selectPlan();
  } catch (error) {
    return renderError(toClientError(error), {});
  }
  const seen = new Map<string, ModelObject>();
  const signal = doorSignal(call);
  const lists = await Promise.all(
    plan.terminals.map(async (t) => {
      try {
        return (await t.instance.models?.({ signal })) ?? [];
      } catch (error) {
        t.logger.warn({ err: error }, "models hook failed");
        return [];
      }
    }),
  );
  call.onAbort = undefined;
  for (const model of lists.flat()) if (!seen.has(model.id)) seen.set(model.id, model);
  let wanted: string | undefined;
  if (path.startsWith("/v1/models/")) {
    try {
      wanted = decodeURIComponent(path.slice("/v1/models/".length));
    } catch {
      return renderError(
        new GatewayError("invalid_request", "The model id in the path is not valid percent-encoding.", {
          param: "model",
        }),
        {},
      );
    }
  }
  if (wanted === undefined) return jsonAnswer(200, { object: "list", data: [...seen.values()] });
  const model = seen.get(wanted);
  return model
    ? jsonAnswer(200, model)
    : renderError(
        new GatewayError("model_not_found", `The model '${wanted}' does not exist.`, { param: "model" }),
        {},
      );
}
