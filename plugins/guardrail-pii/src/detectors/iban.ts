/**
 * `iban`: International Bank Account Numbers (ISO 13616), electronic ("GB82WEST1234...") or
 * print format (groups split by single spaces). A candidate starts with a country code and two
 * check digits; as many letters and digits as that country's IBAN length are read (single
 * spaces between them are skipped); the next character must not continue the word. It counts
 * when ibantools accepts it: the country's length and BBAN format (from the IBAN registry)
 * and the mod-97 checksum. Upper-case IBANs only.
 */
import { countrySpecs, isValidIBAN } from "ibantools";
import { codeAt, isAsciiAlnum } from "../chars.js";
import type { Finder } from "../finder.js";

/** The `iban` finder. */
export function createIbanFinder(): Finder {
  const start = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}/g;
  return (text, out) => {
    start.lastIndex = 0;
    for (let m = start.exec(text); m !== null; m = start.exec(text)) {
      const from = m.index;
      const length = countrySpecs[m[0].slice(0, 2)]?.chars;
      if (!length) continue;
      let compact = "";
      let i = from;
      while (i < text.length && compact.length < length) {
        const code = text.charCodeAt(i);
        if (isAsciiAlnum(code)) {
          compact += text.charAt(i);
          i++;
        } else if (code === 32 && compact.length >= 4 && isAsciiAlnum(codeAt(text, i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (compact.length !== length || isAsciiAlnum(codeAt(text, i))) continue;
      if (isValidIBAN(compact)) {
        out.push({ start: from, end: i, label: "iban" });
        start.lastIndex = i;
      }
    }
  };
}
