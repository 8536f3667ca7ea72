/**
 * Validates a request's `input` (a string, or a list of items) into normalised items: a string
 * is one user message; a message's string content is one text part; an item without `type`
 * but with a `role` is a message (OpenAI's "easy" input message). Item and part kinds the
 * gateway cannot carry to an arbitrary provider (item references, files by id, built-in tools'
 * calls) are refused naming the kind.
 */
import {
  array,
  fail,
  given,
  invalidValue,
  isFields,
  object,
  oneOf,
  optionalString,
  string,
} from "./checks.js";
import type {
  FunctionCallItem,
  FunctionCallOutputItem,
  InputContent,
  InputItem,
  MessageItem,
  OutputText,
  ReasoningItem,
  Refusal,
  Role,
} from "./wire.js";

const ROLES: readonly Role[] = ["user", "assistant", "system", "developer"];
const DETAILS = ["auto", "low", "high"] as const;

function unsupported(param: string, what: string): never {
  fail(param, `${what} is not supported by this gateway.`, "unsupported_value");
}

function parseInputPart(value: unknown, param: string): InputContent {
  const part = object(value, param);
  const type = string(part.type, `${param}.type`);
  switch (type) {
    case "input_text":
      return { type, text: string(part.text, `${param}.text`) };
    case "input_image": {
      const url = optionalString(part.image_url, `${param}.image_url`);
      if (url === undefined) {
        if (given(part.file_id)) unsupported(`${param}.file_id`, "An image given by file_id (the Files API)");
        return fail(
          `${param}.image_url`,
          `Missing required parameter: '${param}.image_url'.`,
          "missing_required_parameter",
        );
      }
      const detail = given(part.detail) ? oneOf(part.detail, `${param}.detail`, DETAILS) : "auto";
      return { type, image_url: url, detail };
    }
    case "input_file": {
      if (given(part.file_url)) unsupported(`${param}.file_url`, "A file given by file_url");
      const file: InputContent = { type };
      const data = optionalString(part.file_data, `${param}.file_data`);
      const id = optionalString(part.file_id, `${param}.file_id`);
      const name = optionalString(part.filename, `${param}.filename`);
      if (data === undefined && id === undefined)
        fail(
          `${param}.file_data`,
          `Missing required parameter: '${param}.file_data'.`,
          "missing_required_parameter",
        );
      if (data !== undefined) file.file_data = data;
      if (id !== undefined) file.file_id = id;
      if (name !== undefined) file.filename = name;
      return file;
    }
    default:
      return invalidValue(`${param}.type`, type, ["input_text", "input_image", "input_file"]);
  }
}

function parseAssistantPart(value: unknown, param: string): OutputText | Refusal {
  const part = object(value, param);
  const type = string(part.type, `${param}.type`);
  // Clients replaying history sometimes label assistant text as input_text: the text is the same.
  if (type === "output_text" || type === "input_text") {
    const annotations = given(part.annotations) ? array(part.annotations, `${param}.annotations`) : [];
    return {
      type: "output_text",
      text: string(part.text, `${param}.text`),
      annotations: annotations.filter(isFields) as OutputText["annotations"],
    };
  }
  if (type === "refusal") return { type, refusal: string(part.refusal, `${param}.refusal`) };
  return invalidValue(`${param}.type`, type, ["output_text", "refusal"]);
}

function parseMessage(item: Record<string, unknown>, param: string): MessageItem {
  const role = oneOf(item.role, `${param}.role`, ROLES);
  const content = item.content;
  let parts: MessageItem["content"];
  if (typeof content === "string")
    parts = [
      role === "assistant"
        ? { type: "output_text", text: content, annotations: [] }
        : { type: "input_text", text: content },
    ];
  else
    parts = array(content, `${param}.content`).map((part, i) =>
      role === "assistant"
        ? parseAssistantPart(part, `${param}.content[${i}]`)
        : parseInputPart(part, `${param}.content[${i}]`),
    );
  const message: MessageItem = { type: "message", role, content: parts };
  const id = optionalString(item.id, `${param}.id`);
  if (id !== undefined) message.id = id;
  return message;
}

function parseFunctionCall(item: Record<string, unknown>, param: string): FunctionCallItem {
  const call: FunctionCallItem = {
    type: "function_call",
    call_id: string(item.call_id, `${param}.call_id`),
    name: string(item.name, `${param}.name`),
    arguments: string(item.arguments, `${param}.arguments`),
  };
  const id = optionalString(item.id, `${param}.id`);
  if (id !== undefined) call.id = id;
  return call;
}

/** A tool's output: a string, or text parts (joined; other parts cannot reach a chat tool message). */
function outputText(value: unknown, param: string): string {
  if (typeof value === "string") return value;
  return array(value, param)
    .map((part, i) => {
      const fields = object(part, `${param}[${i}]`);
      if (fields.type !== "input_text")
        unsupported(`${param}[${i}].type`, `A function_call_output part of type '${String(fields.type)}'`);
      return string(fields.text, `${param}[${i}].text`);
    })
    .join("");
}

function parseFunctionOutput(item: Record<string, unknown>, param: string): FunctionCallOutputItem {
  const output: FunctionCallOutputItem = {
    type: "function_call_output",
    call_id: string(item.call_id, `${param}.call_id`),
    output: outputText(item.output, `${param}.output`),
  };
  const id = optionalString(item.id, `${param}.id`);
  if (id !== undefined) output.id = id;
  return output;
}

function parseReasoning(item: Record<string, unknown>, param: string): ReasoningItem {
  const summary = given(item.summary) ? array(item.summary, `${param}.summary`) : [];
  const reasoning: ReasoningItem = {
    type: "reasoning",
    summary: summary.map((s, i) => ({
      type: "summary_text",
      text: string(object(s, `${param}.summary[${i}]`).text, `${param}.summary[${i}].text`),
    })),
  };
  const id = optionalString(item.id, `${param}.id`);
  if (id !== undefined) reasoning.id = id;
  const encrypted = optionalString(item.encrypted_content, `${param}.encrypted_content`);
  if (encrypted !== undefined) reasoning.encrypted_content = encrypted;
  return reasoning;
}

function parseItem(value: unknown, param: string): InputItem {
  const item = object(value, param);
  const type = item.type ?? (given(item.role) ? "message" : undefined);
  switch (type) {
    case "message":
      return parseMessage(item, param);
    case "function_call":
      return parseFunctionCall(item, param);
    case "function_call_output":
      return parseFunctionOutput(item, param);
    case "reasoning":
      return parseReasoning(item, param);
    case undefined:
      return fail(
        `${param}.type`,
        `Missing required parameter: '${param}.type'.`,
        "missing_required_parameter",
      );
    default:
      return unsupported(`${param}.type`, `An input item of type '${String(type)}'`);
  }
}

export function parseInput(value: unknown): InputItem[] {
  if (typeof value === "string")
    return [{ type: "message", role: "user", content: [{ type: "input_text", text: value }] }];
  return array(value, "input").map((item, i) => parseItem(item, `input[${i}]`));
}
