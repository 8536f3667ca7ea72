/**
 * fast-check generators for the property tests: valid values of every detector, filler prose
 * that can hold none of them, and texts mixing the two with the expected spans.
 */
import fc from "fast-check";
import { composeIBAN, isValidIBAN } from "ibantools";
import { luhnCheckDigit, verhoeffCheckDigit } from "../checksums.js";

/** A value to insert and the label the detector should give it. */
export interface Planted {
  value: string;
  label: string;
}

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
const alnum = (n: number) =>
  fc.string({
    unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    minLength: n,
    maxLength: n,
  });
const lowerAlnum = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"),
    minLength: min,
    maxLength: max,
  });

/** Groups `value` in fours (or leaves it bare) with one separator. */
function grouped(value: string, separator: string): string {
  return separator === "" ? value : (value.match(/.{1,4}/g) ?? []).join(separator);
}

export const email: fc.Arbitrary<Planted> = fc
  .tuple(
    fc.array(lowerAlnum(1, 8), { minLength: 1, maxLength: 3 }),
    fc.constantFrom(".", "_", "+", "-"),
    fc.array(lowerAlnum(1, 10), { minLength: 1, maxLength: 2 }),
    fc.constantFrom("com", "org", "io", "co", "example"),
  )
  .map(([local, joiner, domain, tld]) => ({
    value: `${local.join(joiner)}@${domain.join(".")}.${tld}`,
    label: "email",
  }));

/** Issuer prefixes and lengths of a few schemes. */
const CARD_PREFIXES: readonly [string, number][] = [
  ["4", 16],
  ["51", 16],
  ["55", 16],
  ["2221", 16],
  ["2720", 16],
  ["34", 15],
  ["37", 15],
  ["6011", 16],
  ["3530", 16],
  ["36", 14],
  ["62", 16],
];

export const card: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom(...CARD_PREFIXES), digits(18), fc.constantFrom("", " ", "-"))
  .map(([[prefix, length], rest, separator]) => {
    const body = (prefix + rest).slice(0, length - 1);
    return { value: grouped(body + luhnCheckDigit(body), separator), label: "card" };
  });

export const usSsn: fc.Arbitrary<Planted> = fc
  .tuple(
    fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 9999 }),
    fc.constantFrom("-", " "),
  )
  .map(([area, group, serial, s]) => ({
    value: `${String(area).padStart(3, "0")}${s}${String(group).padStart(2, "0")}${s}${String(serial).padStart(4, "0")}`,
    label: "us_ssn",
  }));

export const ukNino: fc.Arbitrary<Planted> = fc
  .tuple(
    fc.constantFrom(..."ABCEGHJKLMNOPRSTWXYZ"),
    fc.constantFrom(..."ABCEGHJKLMNPRSTWXYZ"),
    digits(6),
    fc.constantFrom(..."ABCD"),
    fc.boolean(),
  )
  .filter(([a, b]) => !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(a + b))
  .map(([a, b, d, suffix, spaced]) => ({
    value: spaced
      ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`
      : `${a}${b}${d}${suffix}`,
    label: "uk_nino",
  }));

export const caSin: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom(..."12345679"), digits(7), fc.constantFrom("-", " "))
  .map(([first, rest, s]) => {
    const body = first + rest;
    const all = body + luhnCheckDigit(body);
    return { value: `${all.slice(0, 3)}${s}${all.slice(3, 6)}${s}${all.slice(6)}`, label: "ca_sin" };
  });

export const inAadhaar: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom(..."23456789"), digits(10), fc.constantFrom("", " ", "-"))
  .map(([first, rest, separator]) => {
    const body = first + rest;
    return { value: grouped(body + verhoeffCheckDigit(body), separator), label: "in_aadhaar" };
  });

export const iban: fc.Arbitrary<Planted> = fc
  .oneof(
    fc
      .tuple(
        fc.constant("GB"),
        fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: 4, maxLength: 4 }),
        digits(14),
      )
      .map(([cc, bank, rest]) => ({ cc, bban: bank + rest })),
    fc.tuple(fc.constant("DE"), digits(18)).map(([cc, bban]) => ({ cc, bban })),
  )
  .map(({ cc, bban }) => composeIBAN({ countryCode: cc, bban }))
  .filter((value): value is string => value !== null && isValidIBAN(value))
  .chain((value) =>
    fc.constantFrom("", " ").map((separator) => ({ value: grouped(value, separator), label: "iban" })),
  );

const octet = fc.integer({ min: 0, max: 255 }).map(String);
const hexGroup = fc.string({
  unit: fc.constantFrom(..."0123456789abcdefABCDEF"),
  minLength: 1,
  maxLength: 4,
});

export const ipAddress: fc.Arbitrary<Planted> = fc.oneof(
  fc.tuple(octet, octet, octet, octet).map((o) => ({ value: o.join("."), label: "ip_address" })),
  fc
    .array(hexGroup, { minLength: 8, maxLength: 8 })
    .map((g) => ({ value: g.join(":"), label: "ip_address" })),
  fc
    .tuple(fc.array(hexGroup, { maxLength: 3 }), fc.array(hexGroup, { minLength: 1, maxLength: 3 }))
    .map(([left, right]) => ({ value: `${left.join(":")}::${right.join(":")}`, label: "ip_address" })),
);

export const secret: fc.Arbitrary<Planted> = fc.oneof(
  alnum(36).map((body) => ({ value: `ghp_${body}`, label: "secret" })),
  fc
    .string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), minLength: 16, maxLength: 16 })
    .map((body) => ({ value: `AKIA${body}`, label: "secret" })),
  fc.tuple(alnum(40), digits(1)).map(([body, d]) => ({ value: `sk-proj-${d}${body}`, label: "secret" })),
  fc.tuple(alnum(24), digits(1)).map(([body, d]) => ({ value: `sk_live_${d}${body}`, label: "secret" })),
);

/** Numbers libphonenumber-js (max metadata) holds valid for the default region US or anywhere. */
export const phone: fc.Arbitrary<Planted> = fc
  .constantFrom(
    "(415) 555-2671",
    "415-555-2671",
    "415.555.2671",
    "+1 415 555 2671",
    "+1-202-456-1111",
    "+44 20 7946 0958",
    "+33 1 42 68 53 00",
    "+49 30 901820",
  )
  .map((value) => ({ value, label: "phone" }));

export const anyPlanted: fc.Arbitrary<Planted> = fc.oneof(
  email,
  card,
  usSsn,
  ukNino,
  caSin,
  inAadhaar,
  iban,
  ipAddress,
  secret,
  phone,
);

/** Lower-case words, short enough and digit-free: no detector can fire on them. */
const WORDS = [
  "the",
  "order",
  "please",
  "refund",
  "desk",
  "call",
  "me",
  "at",
  "thanks",
  "and",
  "my",
  "is",
  "on",
];
const filler = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
/** Text that may already look like a placeholder (the vault must not confuse it with its own). */
const placeholderLike = fc.constantFrom("[EMAIL_1]", "[PHONE_1]", "[CARD_2]", "[US_SSN_1]", "[EMAIL_1");

/** A text, the values planted in it, and where. */
export interface PlantedText {
  text: string;
  planted: (Planted & { start: number; end: number })[];
}

/**
 * Filler words with values planted between them (always at least one word between two
 * values) and, when `withPlaceholders`, placeholder-looking tokens among the words.
 */
export function plantedText(withPlaceholders = false): fc.Arbitrary<PlantedText> {
  const piece = withPlaceholders ? fc.oneof(filler, placeholderLike) : filler;
  return fc
    .tuple(
      piece,
      fc.array(fc.tuple(anyPlanted, fc.constantFrom(" ", ", ", ". ", "\n"), piece), { maxLength: 4 }),
    )
    .map(([head, rest]) => {
      let text = head;
      const planted: PlantedText["planted"] = [];
      for (const [value, separator, tail] of rest) {
        text += " ";
        planted.push({ ...value, start: text.length, end: text.length + value.value.length });
        text += value.value + separator + tail;
      }
      return { text, planted };
    });
}
