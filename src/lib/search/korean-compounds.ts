/**
 * Makes the parts of Korean compound nouns findable.
 *
 * Pagefind splits Korean text only at spaces and punctuation, and matches a query word as the
 * prefix of an indexed word. So `도시외교` finds `도시외교를`, but `외교` does not find `공공외교`
 * and `의제` does not find `도시외교의제`. For each compound a page contains, we therefore index the
 * suffixes that start at a known part (`외교의제`, `의제`), as searchable text that is never shown.
 * A part at the start of a word needs nothing: the prefix match already finds it.
 */

/** Precomposed Hangul syllables (가–힣). */
const SYLLABLES = /[\uac00-\ud7a3]+/g;

/**
 * Nouns that end compounds in this knowledge base's text, each of two syllables or more (one
 * syllable, such as 시, would match inside too many unrelated words). Chosen from the article:
 * each closes several compounds there (`공공외교`, `중앙정부`, `국제기구`, `대도시`, `도시의제`, …).
 * Left out on purpose: 사회 (it would match inside 이사회) and 의회 (inside 협의회).
 */
export const COMPOUND_HEADS: readonly string[] = [
  '외교', '정부', '기구', '도시', '의제', '회의', '거버넌스', '위원회', '협력', '자치', '단체',
  '연합', '연맹', '주체', '활동', '국가', '개발', '기관', '파트너십', '구축', '재건', '발전',
  '전략', '정책', '협의회', '총회', '질서', '분권', '역량', '운동', '포럼', '선언', '네트워크',
  '프로그램', '트랙',
];

/** The runs of Hangul syllables in a text: its Korean words, particles still attached. */
export function hangulWords(text: string): string[] {
  return text.match(SYLLABLES) ?? [];
}

/**
 * The parts of the glossary's Korean terms, read from their spaced spellings: `공공 외교` gives
 * `공공` and `외교`, `국가 하위 수준 외교` gives `국가`, `하위`, `수준`, `외교`. Parts of one syllable
 * (`준 외교` → `준`) are left out, as for the heads.
 */
export function glossaryParts(spellings: readonly string[]): string[] {
  const parts = new Set<string>();
  for (const spelling of spellings) {
    const words = spelling.split(/\s+/).filter((word) => /^[\uac00-\ud7a3]+$/.test(word));
    if (words.length < 2) continue;
    for (const word of words) if (word.length >= 2) parts.add(word);
  }
  return [...parts].sort();
}

/**
 * The searchable suffixes of one word: for each known part that starts after the first syllable,
 * the text from there to the end of the last known part (a trailing particle is dropped).
 * `도시외교의제를` → `외교의제`, `의제`; `공공외교는` → `외교`; `외교관` → none.
 */
export function compoundSuffixes(word: string, parts: ReadonlySet<string>): string[] {
  const starts: number[] = [];
  let end = 0;
  for (let start = 0; start < word.length; start++) {
    for (const part of parts) {
      if (word.startsWith(part, start)) {
        if (start > 0) starts.push(start);
        end = Math.max(end, start + part.length);
      }
    }
  }
  return [...new Set(starts.filter((start) => start < end).map((start) => word.slice(start, end)))];
}

/**
 * Every searchable suffix of the compounds in a text, once each and sorted: the words to add to
 * a page's hidden keywords so that the parts of its compounds find it.
 */
export function compoundKeywords(text: string, parts: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const word of new Set(hangulWords(text))) {
    for (const suffix of compoundSuffixes(word, parts)) found.add(suffix);
  }
  return [...found].sort();
}

/** The known parts: the heads above plus the parts of the glossary's spaced spellings. */
export function compoundParts(glossarySpellings: readonly string[] = []): Set<string> {
  return new Set([...COMPOUND_HEADS, ...glossaryParts(glossarySpellings)]);
}
