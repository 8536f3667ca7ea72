/**
 * Check-digit algorithms of the numbers the detectors validate: Luhn (payment cards, Canadian
 * SIN) and Verhoeff (Aadhaar). Both read a string of ASCII digits and allocate nothing.
 */

/** True when `digits` (ASCII digits only, check digit last) passes the Luhn (mod 10) check. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

// Verhoeff's tables: multiplication in the dihedral group D5 and the position permutation.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
].map((row) => Uint8Array.from(row));
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
].map((row) => Uint8Array.from(row));

/** True when `digits` (ASCII digits only, check digit last) passes the Verhoeff check. */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d]!]!;
  }
  return digits.length > 0 && c === 0;
}

/** The Verhoeff check digit to append to `digits` (used by tests to build valid numbers). */
export function verhoeffCheckDigit(digits: string): number {
  // Appending a trial digit and checking keeps this to the one algorithm above.
  for (let d = 0; d < 10; d++) if (verhoeffValid(digits + d)) return d;
  throw new Error("unreachable: exactly one Verhoeff check digit exists");
}

/** The Luhn check digit to append to `digits` (used by tests to build valid numbers). */
export function luhnCheckDigit(digits: string): number {
  for (let d = 0; d < 10; d++) if (luhnValid(digits + d)) return d;
  throw new Error("unreachable: exactly one Luhn check digit exists");
}
