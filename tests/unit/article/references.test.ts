import { describe, expect, it } from 'vitest';
import { byEntryStart, endsSentence } from '../../../src/lib/article/references';

describe('byEntryStart', () => {
  it('orders by first author or title, then year, then title, never by the unseen label', () => {
    const entries = [
      { citedAs: 'a', authors: ['United Cities and Local Governments'], year: 2013, title: 'Rabat Declaration' },
      { citedAs: 'b', title: 'What is town twinning?' },
      { citedAs: 'c', authors: ['United Cities and Local Governments'], title: 'About the Task Force' },
      { citedAs: 'd', authors: ['United Cities and Local Governments'], year: 2013, title: 'Constitution' },
      { citedAs: 'e', authors: ['Jumelages Limousin'], title: 'What is town twinning?' },
    ];
    expect([...entries].sort(byEntryStart).map((e) => e.citedAs)).toEqual(['e', 'd', 'a', 'c', 'b']);
  });
});

describe('endsSentence', () => {
  it('sees a title that ends with its own stop', () => {
    expect(endsSentence('What is town twinning?')).toBe(true);
    expect(endsSentence('Inc.')).toBe(true);
    expect(endsSentence('City Diplomacy for Peace')).toBe(false);
  });
});
