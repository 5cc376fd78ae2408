/**
 * File names as the ingest shows and accepts them. A name comes from whoever added the file, so
 * it may hold a line break (which would start a new line of YAML or of the report), a bidi
 * control (which makes the name read differently from what it is) or other invisible controls.
 */

// C0 and C1 controls and DEL, the Unicode line and paragraph separators, and the bidi embedding,
// override and isolate controls.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** Why `name` cannot be a seed's name, or null when it can. */
export function unsafeNameReason(name: string): string | null {
  if (UNSAFE.test(name)) return 'the file name holds a line break or another control character; rename the file';
  return null;
}

/** Document text for a one-line report: control characters (a terminal escape, say) written as \\u escapes. */
export function printable(text: string): string {
  return text.replace(UNSAFE_ALL, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

/** `name` as it can be printed on one line: as is when safe, else as a JSON string with escapes. */
export function quoteName(name: string): string {
  return UNSAFE.test(name)
    ? JSON.stringify(name).replace(
        /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu,
        (c) => `\\u${c.codePointAt(0)!.toString(16)}`,
      )
    : name;
}
