/**
 * Hangul letters for a Korean index (가나다 order): the initial consonant (초성) of a syllable.
 * A precomposed syllable U+AC00–U+D7A3 is built as 0xAC00 + (initial × 21 + medial) × 28 + final,
 * so its initial is recovered by division (Unicode § 3.12, "Conjoining Jamo Behavior").
 */
const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const SYLLABLES_PER_INITIAL = 21 * 28;

/** The 19 initial consonants, in Unicode (and dictionary) order. */
export const INITIALS = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'] as const;
export type Initial = (typeof INITIALS)[number];

/** Tense (doubled) consonants, filed under their plain consonant in an index: 까 under ㄱ. */
const PLAIN: Partial<Record<Initial, Initial>> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };

/**
 * The initial consonant of the first character: `외교` → `ㅇ`, `까치` → `ㄲ`. A lone consonant
 * letter (`ㄱ`) is its own initial. Anything else (Latin, digits, Hanja) has none: undefined.
 */
export function hangulInitial(text: string): Initial | undefined {
  const char = text.codePointAt(0);
  if (char === undefined) return undefined;
  if (char >= FIRST_SYLLABLE && char <= LAST_SYLLABLE) {
    return INITIALS[Math.floor((char - FIRST_SYLLABLE) / SYLLABLES_PER_INITIAL)];
  }
  const letter = String.fromCodePoint(char);
  return (INITIALS as readonly string[]).includes(letter) ? (letter as Initial) : undefined;
}

/** The heading a word is filed under in a 가나다 index: one of the 14 plain consonants. */
export function indexInitial(text: string): Initial | undefined {
  const initial = hangulInitial(text);
  return initial === undefined ? undefined : (PLAIN[initial] ?? initial);
}
