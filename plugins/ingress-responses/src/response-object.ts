/**
 * The Response object a request starts as (`in_progress`, no output yet): every field OpenAI's
 * Response carries, echoing what the request asked for (instructions, tools, tool choice,
 * sampling, text format, reasoning, metadata, store...), as OpenAI echoes them.
 */
import type { ResponseObject, ResponsesRequest } from "./wire.js";

export interface ResponseOrigin {
  readonly id: string;
  /** Seconds since the epoch. */
  readonly createdAt: number;
  /** The model the client asked for (what the Response reports). */
  readonly model: string;
}

export function startingResponse(request: ResponsesRequest, origin: ResponseOrigin): ResponseObject {
  return {
    id: origin.id,
    object: "response",
    created_at: origin.createdAt,
    status: "in_progress",
    background: false,
    completed_at: null,
    error: null,
    incomplete_details: null,
    instructions: request.instructions ?? null,
    max_output_tokens: request.max_output_tokens ?? null,
    model: origin.model,
    output: [],
    parallel_tool_calls: request.parallel_tool_calls ?? true,
    previous_response_id: request.previous_response_id ?? null,
    reasoning: { effort: request.reasoning?.effort ?? null, summary: request.reasoning?.summary ?? null },
    service_tier: request.service_tier ?? "default",
    store: request.store,
    temperature: request.temperature ?? 1,
    text: {
      format: request.text?.format ?? { type: "text" },
      ...(request.text?.verbosity ? { verbosity: request.text.verbosity } : {}),
    },
    tool_choice: request.tool_choice ?? "auto",
    tools: request.tools ?? [],
    top_p: request.top_p ?? 1,
    truncation: request.truncation ?? "disabled",
    usage: null,
    user: request.user ?? null,
    metadata: request.metadata ?? {},
  };
}
