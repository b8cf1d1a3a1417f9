import { describe, expect, it } from 'vitest';
import { byTag, hasClass, parseHtml } from '../../support/dom';

describe('hasClass', () => {
  const [plain, several, none] = byTag(parseHtml('<p class="row-anchor"></p><p class=" a  row-anchor--x b "></p><p></p>'), 'p');

  it('finds a whole class in the list, wherever it stands', () => {
    expect(hasClass(plain!, 'row-anchor')).toBe(true);
    expect(hasClass(several!, 'b')).toBe(true);
  });

  it('does not take a class that only starts like it, or an element without classes', () => {
    expect(hasClass(several!, 'row-anchor')).toBe(false);
    expect(hasClass(none!, 'row-anchor')).toBe(false);
  });
});
