/**
 * The check of complete 2xx answers: each endpoint's minimal shape, JSON that is cut short or not
 * JSON at all, a 200 that carries an error body, and the cost rule: an answer kept as upstream
 * text is parsed once (a later `body` read gets the same value) and still sent as that text.
 */
import { type Endpoint, type JsonResult, jsonResult, jsonValueResult } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { checkAnswer } from "./answer-check.js";

const upstream = () => "Test upstream";

function outcome(
  result: JsonResult,
  endpoint: Endpoint,
): { code: string; status: number; message: string } | "ok" {
  try {
    checkAnswer(result, endpoint, upstream);
    return "ok";
  } catch (error) {
    const e = error as { code: string; status: number; message: string };
    return { code: e.code, status: e.status, message: e.message };
  }
}

const COMPLETION = '{"id":"c","object":"chat.completion","choices":[{"index":0,"message":{"content":"Hi"}}]}';

describe("a complete answer", () => {
  test.each<[Endpoint, string]>([
    ["chat.completions", COMPLETION],
    ["chat.completions", '{"choices":[]}'],
    ["completions", '{"choices":[{"text":"Hi"}]}'],
    ["embeddings", '{"object":"list","data":[{"embedding":[0.1]}]}'],
    ["images.generations", '{"created":1,"data":[{"url":"https://x"}]}'],
    ["audio.transcriptions", '{"text":"Hello"}'],
    ["audio.speech", '{"anything":true}'],
    ["moderations", '{"id":"modr-1","model":"m","results":[{"flagged":false,"categories":{}}]}'],
  ])("of %s in its shape passes: %s", (endpoint, text) => {
    expect(outcome(jsonResult(text), endpoint)).toBe("ok");
  });

  test.each<[string, Endpoint, string, string]>([
    ["cut short", "chat.completions", COMPLETION.slice(0, 40), "not valid JSON"],
    ["an HTML page", "chat.completions", "<html>Bad gateway</html>", "not valid JSON"],
    ["empty", "embeddings", "", "not valid JSON"],
    ["without choices", "chat.completions", '{"id":"c"}', 'not a chat completion (no "choices" list)'],
    ["with choices that are not a list", "completions", '{"choices":{}}', "not a text completion"],
    ["a list", "chat.completions", "[]", "not a chat completion"],
    ["null", "chat.completions", "null", "not a chat completion"],
    ["embeddings without data", "embeddings", '{"object":"list"}', 'not an embeddings list (no "data" list)'],
    ["images without data", "images.generations", '{"created":1}', "not an images answer"],
    ["a transcription without text", "audio.transcriptions", '{"segments":[]}', 'no "text" text'],
    [
      "a moderation without results",
      "moderations",
      '{"id":"modr-1"}',
      'not a moderation answer (no "results" list)',
    ],
  ])("%s is a 502 upstream_error naming the upstream", (_name, endpoint, text, message) => {
    const failed = outcome(jsonResult(text), endpoint);
    expect(failed).toMatchObject({ code: "upstream_error", status: 502 });
    expect(failed !== "ok" && failed.message).toContain("Test upstream");
    expect(failed !== "ok" && failed.message).toContain(message);
  });

  test("a 200 with an error body is a 502 with the upstream's own message", () => {
    const failed = outcome(
      jsonResult('{"error":{"message":"model overloaded","type":"server_error"}}'),
      "chat.completions",
    );
    expect(failed).toMatchObject({
      code: "upstream_error",
      status: 502,
      message: "The answer from Test upstream is an error: model overloaded",
    });
  });

  test("a body given as a value is checked the same way", () => {
    expect(outcome(jsonValueResult({ choices: [] }), "chat.completions")).toBe("ok");
    expect(outcome(jsonValueResult({ object: "list" }), "embeddings")).toMatchObject({
      code: "upstream_error",
    });
  });

  test("non-2xx results are not this check's business", () => {
    expect(outcome(jsonResult("not json", 404), "chat.completions")).toBe("ok");
  });

  test("the text is parsed once and kept: body is the same value after the check, text unchanged", () => {
    const result = jsonResult(COMPLETION);
    checkAnswer(result, "chat.completions", upstream);
    const body = result.body;
    expect(result.body).toBe(body);
    expect(result.text).toBe(COMPLETION);
  });
});
