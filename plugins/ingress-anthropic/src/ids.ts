/**
 * Anthropic-style ids: a message is `msg_` + the gateway's request id (so a client's message id
 * finds the gateway's logs); a tool call the upstream sent without an id gets `toolu_` + the
 * request id and its position. Upstream tool call ids are kept as they are: the client sends them
 * back in `tool_result.tool_use_id`, and the upstream must recognise them.
 */
function compact(requestId: string): string {
  return requestId.replace(/[^A-Za-z0-9]/g, "");
}

export function messageId(requestId: string): string {
  return `msg_${compact(requestId)}`;
}

export function toolUseId(requestId: string, position: number): string {
  return `toolu_${compact(requestId)}_${position}`;
}
