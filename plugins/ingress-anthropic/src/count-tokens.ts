/**
 * `/v1/messages/count_tokens`, answered by the gateway itself. The count is an ESTIMATE with
 * OpenAI's o200k_base encoding (gpt-tokenizer), not Anthropic's tokenizer, and the model behind
 * the gateway may not be Claude at all: clients use it to budget context, for which an estimate
 * in the right range is what matters. Counted: the system prompt, every text, tool call (name
 * and input JSON) and tool result, each tool definition's JSON, a few tokens of framing per
 * message, and a flat amount per image or PDF (their pixels and pages are not decoded).
 */
import type { MessagesRequest, TokenCount, ToolResultContent } from "./wire.js";

/** A typical large image (Anthropic's (w*h)/750 rule for a ~1.15 megapixel image). */
export const IMAGE_TOKENS = 1_600;
/** Role and separators around each message, as OpenAI's chat format spends them. */
export const MESSAGE_OVERHEAD = 3;

type Counter = (text: string) => number;

let loading: Promise<Counter> | undefined;

/** The tokenizer, loaded on first use: its tables are large and most gateways never count. */
function counter(): Promise<Counter> {
  loading ??= import("gpt-tokenizer/encoding/o200k_base").then(({ countTokens }) => {
    // Special-token markers in user text are ordinary text here, never a reason to fail.
    const options = { disallowedSpecial: new Set<string>() };
    return (text: string) => (text === "" ? 0 : countTokens(text, options));
  });
  return loading;
}

/** A base64 PDF's rough size in tokens: its decoded bytes over four. */
function pdfTokens(data: string): number {
  return Math.ceil((data.length * 3) / 4 / 4);
}

function resultTokens(content: string | ToolResultContent[] | undefined, count: Counter): number {
  if (content === undefined) return 0;
  if (typeof content === "string") return count(content);
  return content.reduce((sum, item) => {
    if (item.type === "text") return sum + count(item.text);
    if (item.type === "image") return sum + IMAGE_TOKENS;
    return sum + documentTokens(item.source, count);
  }, 0);
}

function documentTokens(
  source: Extract<ToolResultContent, { type: "document" }>["source"],
  count: Counter,
): number {
  if (source.type === "base64") return pdfTokens(source.data);
  if (source.type === "text") return count(source.data);
  if (typeof source.content === "string") return count(source.content);
  return source.content.reduce((sum, b) => sum + (b.type === "text" ? count(b.text) : IMAGE_TOKENS), 0);
}

export async function countTokens(request: MessagesRequest): Promise<TokenCount> {
  const count = await counter();
  let total = 0;
  const system = request.system;
  if (system !== undefined)
    total += typeof system === "string" ? count(system) : system.reduce((s, b) => s + count(b.text), 0);
  for (const message of request.messages) {
    total += MESSAGE_OVERHEAD;
    if (typeof message.content === "string") {
      total += count(message.content);
      continue;
    }
    for (const block of message.content) {
      switch (block.type) {
        case "text":
          total += count(block.text);
          break;
        case "image":
          total += IMAGE_TOKENS;
          break;
        case "document":
          total += documentTokens(block.source, count);
          break;
        case "tool_use":
          total += count(block.name) + count(JSON.stringify(block.input));
          break;
        case "tool_result":
          total += resultTokens(block.content, count);
          break;
        default:
          // Thinking sent back as history is not part of the prompt a non-Claude model sees.
          break;
      }
    }
  }
  for (const tool of request.tools ?? []) total += count(JSON.stringify(tool));
  return { input_tokens: total };
}
