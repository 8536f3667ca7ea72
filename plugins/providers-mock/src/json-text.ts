/**
 * `JSON.stringify` without recursion: the same text for any value a request body holds, built
 * with an explicit stack, so a body of any depth is serialised without overflowing the call
 * stack (the request key every mock answer derives from is the whole body's text).
 */

/** A piece of output already decided (punctuation, a key) waiting on the stack. */
class Literal {
  constructor(readonly text: string) {}
}

/** A value ready to write: after its `toJSON` and the replacer, as JSON.stringify orders them. */
class Prepared {
  constructor(readonly value: unknown) {}
}

/** Values `JSON.stringify` leaves out of objects (and writes as `null` in arrays). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/**
 * The JSON text of `value`, as `JSON.stringify(value, replacer)` writes it, for a value that is
 * not itself skipped; `replace` is called once on every value, like a replacer ignoring its key.
 */
export function jsonText(value: unknown, replace: (value: unknown) => unknown = (v) => v): string {
  const prepare = (raw: unknown): unknown => {
    const toJSON = (raw as { toJSON?: unknown } | null | undefined)?.toJSON;
    return replace(typeof toJSON === "function" ? toJSON.call(raw) : raw);
  };
  let out = "";
  const stack: (Literal | Prepared)[] = [new Prepared(prepare(value))];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item instanceof Literal) {
      out += item.text;
      continue;
    }
    const current = item.value;
    if (current === null || typeof current !== "object") {
      // A scalar: JSON.stringify itself, which does not recurse for one.
      out += JSON.stringify(current) ?? "null";
      continue;
    }
    // Pushed in reverse, so that they come off the stack in order.
    if (Array.isArray(current)) {
      out += "[";
      stack.push(new Literal("]"));
      for (let i = current.length - 1; i >= 0; i--) {
        const element = prepare(current[i]);
        stack.push(skipped(element) ? new Literal("null") : new Prepared(element));
        if (i > 0) stack.push(new Literal(","));
      }
      continue;
    }
    const members: [string, unknown][] = [];
    for (const key of Object.keys(current)) {
      const member = prepare((current as Record<string, unknown>)[key]);
      if (!skipped(member)) members.push([key, member]);
    }
    out += "{";
    stack.push(new Literal("}"));
    for (let i = members.length - 1; i >= 0; i--) {
      const [key, member] = members[i]!;
      stack.push(new Prepared(member), new Literal(`${i > 0 ? "," : ""}${JSON.stringify(key)}:`));
    }
  }
  return out;
}
