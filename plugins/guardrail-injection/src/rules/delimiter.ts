/**
 * Delimiter and context injection: text that imitates the structure around a prompt so the model
 * reads what follows as coming from the system or another role: role markers at the start of a
 * line ("system:"), chat-template tokens ("<|im_start|>", "[INST]", "<<SYS>>"), role tags
 * ("</user>"), instruction headers ("### Instruction") and runs of escaped newlines.
 */
import { any, E, type Rule, S, S0 } from "./rule.js";

/** The delimiter-injection rules. */
export const DELIMITER_RULES: readonly Rule[] = [
  {
    id: "system-role-line",
    category: "delimiter-injection",
    weight: 0.45,
    triggers: ["system", "developer", "admin", "administrator", "root", "sys", "operator"],
    pattern: `(?<=(?:^|\\n)[a-z]+)${S0}(?:prompt|message|override)?\\s?:`,
  },
  {
    id: "chat-role-line",
    category: "delimiter-injection",
    weight: 0.3,
    triggers: ["user", "assistant", "human", "ai", "gpt", "chatgpt", "bot", "model"],
    pattern: "(?<=(?:^|\\n)[a-z]+)\\s?:",
  },
  {
    id: "chat-template-token",
    category: "delimiter-injection",
    weight: 0.85,
    triggers: ["<"],
    pattern: `${any(
      "\\|\\s?(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_turn)\\s?\\|>",
      "<\\s?/?\\s?sys\\s?>>",
      "start_of_turn>",
      "end_of_turn>",
    )}`,
  },
  {
    id: "role-tag",
    category: "delimiter-injection",
    weight: 0.6,
    triggers: ["<"],
    pattern: `/?\\s?${any("system", "sys", "user", "assistant", "human", "instructions?", "prompt", "admin", "developer", "context", "im_start", "im_end")}\\s?>`,
  },
  {
    id: "inst-token",
    category: "delimiter-injection",
    weight: 0.8,
    triggers: ["["],
    pattern: `\\s?/?\\s?${any("inst", "system", "sys", "system message", "admin", "developer")}\\s?\\]`,
  },
  {
    id: "instruction-header",
    category: "delimiter-injection",
    weight: 0.45,
    triggers: ["#"],
    pattern: `(?<=(?:^|\\n)#)#{0,5}\\s?${any("new ", "neue ", "updated ", "")}${any("instructions?", "system(?: prompt)?", "anweisungen?", "response", "assistant", "user", "human", "input", "task")}${E}`,
  },
  {
    id: "end-of-prompt",
    category: "delimiter-injection",
    weight: 0.5,
    triggers: ["end", "ende"],
    pattern: `${S}${any("of", "des", "der")}${S}${any("the ", "")}${any("system prompt", "prompt", "instructions", "context", "document", "conversation", "input", "user input", "systemprompts?", "anweisungen", "kontexts?", "dokuments?")}${E}`,
  },
  {
    id: "escaped-newlines",
    category: "delimiter-injection",
    weight: 0.5,
    triggers: ["\\"],
    pattern: "(?:\\s?n\\s?\\\\){5}\\s?n",
  },
];
