/** Reading an embeddings answer: floats or base64, normalised; anything else is a clear error. */
import { floatsToBase64 } from "@aigw/wire-kit";
import { expect, test } from "vitest";
import { vectorOfAnswer } from "./embedder.js";

const answer = (embedding: unknown) =>
  ({ object: "list", data: [{ object: "embedding", index: 0, embedding }] }) as never;

test("floats and base64 float32 give the same unit vector", () => {
  const floats = vectorOfAnswer(answer([3, 4]));
  expect(Array.from(floats)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
  expect(Array.from(vectorOfAnswer(answer(floatsToBase64([3, 4]))))).toEqual(Array.from(floats));
});

test("an answer without a vector, or with a broken one, throws saying what is wrong", () => {
  expect(() => vectorOfAnswer({ object: "list", data: [] } as never)).toThrow(/no vector/);
  expect(() => vectorOfAnswer(null)).toThrow(/no vector/);
  expect(() => vectorOfAnswer(answer({}))).toThrow(/no vector/);
  expect(() => vectorOfAnswer(answer([0, 0]))).toThrow(/zeros/);
  expect(() => vectorOfAnswer(answer(["a"]))).toThrow(/non-number/);
  expect(() => vectorOfAnswer(answer("AAA"))).toThrow();
});
