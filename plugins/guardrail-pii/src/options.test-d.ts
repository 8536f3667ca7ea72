/** Type-level: a config valid against schema/config.json is valid detector options. */
import { expectTypeOf, test } from "vitest";
import type { GuardrailPiiConfig } from "./config.gen.js";
import type { PiiOptions } from "./options.js";

test("the schema's config type fits the detector options", () => {
  expectTypeOf<GuardrailPiiConfig>().toMatchTypeOf<PiiOptions>();
  expectTypeOf<NonNullable<GuardrailPiiConfig["detect"]>[number]>().toEqualTypeOf<
    NonNullable<PiiOptions["detect"]>[number]
  >();
});
