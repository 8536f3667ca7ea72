/**
 * The fake OpenAI API made as strict as the real one with reasoning models (o1, o3, o4-mini, the
 * GPT-5 family but its chat models): `max_tokens` is refused in favour of `max_completion_tokens`,
 * and so are sampling parameters, penalties, logprobs and logit_bias, each a 400 naming the
 * parameter as OpenAI does. The rule is written here from OpenAI's errors, not read from the
 * capability table, so a test proves the gateway adapted the request. Test-only.
 */
import { json, type Script } from "@aigw/testkit";

const REASONING = /^(o1|o3|o4-mini|gpt-5(-mini|-nano)?(-20\d\d-\d\d-\d\d)?$)/;
const REFUSED = [
  "temperature",
  "top_p",
  "presence_penalty",
  "frequency_penalty",
  "logprobs",
  "top_logprobs",
  "logit_bias",
];

function refusal(param: string, message: string) {
  return json(400, {
    error: { message, type: "invalid_request_error", param, code: "unsupported_parameter" },
  });
}

/** `script`, behind the checks OpenAI makes on a reasoning model's chat request. */
export function strictOpenAI(script: Script): Script {
  return (request, index) => {
    if (request.path.endsWith("/chat/completions")) {
      const body = request.json<Record<string, unknown>>();
      const model = typeof body.model === "string" ? body.model : "";
      if (REASONING.test(model)) {
        if (body.max_tokens !== undefined)
          return refusal(
            "max_tokens",
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          );
        for (const param of REFUSED)
          if (body[param] !== undefined)
            return refusal(param, `Unsupported parameter: '${param}' is not supported with this model.`);
      }
    }
    return typeof script === "function" ? script(request, index) : script;
  };
}
