/**
 * National identity numbers, each with its issuing rule:
 * - `us_ssn`: AAA-GG-SSSS (dashes or spaces); area not 000, 666 or 900-999, group not 00,
 *   serial not 0000.
 * - `uk_nino`: two prefix letters (first not D F I Q U V, second not D F I O Q U V; not the
 *   unissued pairs BG GB KN NK NT TN ZZ), six digits (optionally spaced in pairs), suffix A-D.
 *   Upper case only.
 * - `ca_sin`: NNN-NNN-NNN (dashes or spaces); Luhn-valid; first digit not 0 or 8.
 * - `in_aadhaar`: 12 digits, first 2-9, bare or as 4-4-4 with spaces or dashes; Verhoeff-valid.
 * Bare 9-digit runs are not taken for an SSN or SIN: too many order and account numbers look
 * the same, and those two have no check digit strong enough to tell them apart.
 */
import { luhnValid, verhoeffValid } from "../checksums.js";
import type { Finder } from "../finder.js";

/** `us_ssn`. */
export function createUsSsnFinder(): Finder {
  const pattern = /(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])/g;
  return (text, out) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const area = Number(m[1]);
      if (area === 0 || area === 666 || area >= 900 || m[3] === "00" || m[4] === "0000") continue;
      out.push({ start: m.index, end: m.index + m[0].length, label: "us_ssn" });
    }
  };
}

const NINO_UNISSUED_PREFIXES = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

/** `uk_nino`. */
export function createUkNinoFinder(): Finder {
  const pattern =
    /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
  return (text, out) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (NINO_UNISSUED_PREFIXES.has(m[1]!)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, label: "uk_nino" });
    }
  };
}

/** `ca_sin`. */
export function createCaSinFinder(): Finder {
  const pattern = /(?<![\w-])([1-79]\d{2})([- ])(\d{3})\2(\d{3})(?![\w-])/g;
  return (text, out) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (!luhnValid(m[1]! + m[3]! + m[4]!)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, label: "ca_sin" });
    }
  };
}

/** `in_aadhaar`. */
export function createInAadhaarFinder(): Finder {
  const pattern = /(?<![\w-])([2-9]\d{3})([- ]?)(\d{4})\2(\d{4})(?![\w-])/g;
  return (text, out) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (!verhoeffValid(m[1]! + m[3]! + m[4]!)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, label: "in_aadhaar" });
    }
  };
}
