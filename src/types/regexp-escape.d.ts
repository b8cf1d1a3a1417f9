// RegExp.escape (ES2025) is in Node 24 and current browsers, but not yet in TypeScript 5.9's lib.
interface RegExpConstructor {
  /** Escapes every character of `text` that has a meaning in a regular expression. */
  escape(text: string): string;
}
