// Quoting what a client sent inside an error message, bounded: no answer echoes a whole parameter back.

/** A value a client sent, quoted for an error message: at most 60 characters of it. */
export function quoteInput(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
