/**
 * The fake Messages API made as strict as the real one about sampling parameters, so a test
 * proves the gateway adapted a request rather than that the fake let it through: Claude Opus 4.1
 * and the Claude 4.5 models and later refuse `temperature` with `top_p` (400,
 * invalid_request_error), and Opus 4.7 refuses all three sampling parameters. The rule is written
 * here from Anthropic's error, not read from the capability table. Test-only.
 */
import { json, type Script } from "@aigw/testkit";

const ONE_SAMPLER = /claude-(opus-4-1|(opus|sonnet|haiku)-4-[5-6])/;
const NO_SAMPLING = /claude-opus-4-7/;

function refusal(message: string) {
  return json(400, { type: "error", error: { type: "invalid_request_error", message } });
}

/** `script`, behind the checks Anthropic makes before it answers. */
export function strictAnthropic(script: Script): Script {
  return (request, index) => {
    if (request.path.endsWith("/v1/messages")) {
      const body = request.json<Record<string, unknown>>();
      const model = typeof body.model === "string" ? body.model : "";
      if (NO_SAMPLING.test(model))
        for (const param of ["temperature", "top_p", "top_k"])
          if (body[param] !== undefined) return refusal(`'${param}' is deprecated for this model.`);
      if (ONE_SAMPLER.test(model) && body.temperature !== undefined && body.top_p !== undefined)
        return refusal(
          "`temperature` and `top_p` cannot both be specified for this model. Please use only one.",
        );
    }
    return typeof script === "function" ? script(request, index) : script;
  };
}
