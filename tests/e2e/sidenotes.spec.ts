import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// The article on a wide screen (global.css, "The article on a wide screen"): every footnote and
// editorial note in the right margin beside its marker, without JavaScript; the contents in the
// left margin. One visit per test: each measures the page at several widths and in print.

/** Where the sidenotes, their markers, the text column and the blocks beside them are, in page coordinates. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width, height: r.height };
    };
    const notes = [...document.querySelectorAll('[data-article-body] :is(.fn-ref, .sic-mark) > .preview')].map((note) => {
      const marker = note.previousElementSibling as HTMLAnchorElement;
      return {
        href: marker.getAttribute('href') ?? '',
        shown: getComputedStyle(note).display !== 'none',
        hidden: note.getAttribute('aria-hidden'),
        lang: note.closest('[lang]')?.getAttribute('lang'),
        text: note.textContent ?? '',
        line: parseFloat(getComputedStyle(marker.closest('p, li, td, div') ?? marker).lineHeight),
        marker: box(marker),
        note: box(note),
      };
    });
    const column = box(document.querySelector('[data-article-body] .para')!);
    // What stands in the text column, and the diagram, which runs into the margin on purpose.
    const blocks = [...document.querySelectorAll('[data-article-body] :is(.para, h2, h3, .data-table, .figure, .box, .diagram-scroll)')].map((el) => ({
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`,
      ...box(el),
    }));
    const toc = document.querySelector('.toc')!;
    return {
      notes,
      column,
      blocks,
      toc: { ...box(toc), position: getComputedStyle(toc).position },
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
    };
  });
}

const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Checks the margin layout at the current width: each note in the margin by its marker, none overlapping. */
async function expectSidenotes(page: Page, width: number, notesInBody: number) {
  await page.setViewportSize({ width, height: 900 });
  const { notes, column, blocks, toc, sideways } = await layout(page);
  expect(sideways, `${width} px: the page scrolls sideways`).toBe(false);
  expect(notes).toHaveLength(notesInBody);
  for (const n of notes) {
    expect(n.shown, `${width} px: ${n.href} is not shown`).toBe(true);
    // In the right margin, inside the window, level with its marker (within about a line; a note
    // pushed down by the one above it stays below that one, which the overlap check covers).
    expect(n.note.left, `${width} px: ${n.href} is not in the margin`).toBeGreaterThanOrEqual(column.right);
    expect(n.note.right, `${width} px: ${n.href} runs out of the window`).toBeLessThanOrEqual(width);
    expect(n.note.top, `${width} px: ${n.href} stands above its marker`).toBeGreaterThanOrEqual(n.marker.top - n.line);
  }
  // A note starts by its marker unless the note above it is still there: then right below that one.
  for (const [i, n] of notes.entries()) {
    const previous = notes[i - 1];
    const pushed = previous && previous.note.bottom > n.marker.top - n.line;
    if (!pushed) expect(Math.abs(n.note.top - n.marker.top), `${width} px: ${n.href} is not beside its marker`).toBeLessThanOrEqual(n.line);
  }
  const overlaps = notes.flatMap((a, i) => notes.slice(i + 1).filter((b) => overlap(a.note, b.note)).map((b) => `${a.href} × ${b.href}`));
  expect(overlaps, `${width} px: notes overlap`).toEqual([]);
  const under = notes.flatMap((n) => blocks.filter((b) => overlap(n.note, b)).map((b) => `${n.href} over ${b.what}`));
  expect(under, `${width} px: notes over the text, a table, the figure or the box`).toEqual([]);
  // Tables, the figure and the box keep to the text column (the diagram alone is wider).
  for (const b of blocks.filter((b) => !b.what.includes('diagram'))) expect(b.right, `${width} px: ${b.what} is wider than the column`).toBeLessThanOrEqual(column.right + 0.5);
  // The contents stand in the left margin and stay in view.
  expect(toc.position).toBe('sticky');
  expect(toc.right).toBeLessThanOrEqual(column.left);
  return notes;
}

for (const lang of ['ko', 'en'] as const) {
  test.describe(`${lang}: sidenotes`, () => {
    test.use({ javaScriptEnabled: false });

    test(`${lang}: without JavaScript every note stands in the margin beside its marker, from 1280 to 1920 px; previews below that, the list in print`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`/${lang}/article/`);
      const editorialMarks = await page.locator('[data-article-body] .sic-mark').count();
      expect(editorialMarks).toBeGreaterThan(0);
      const notes = await expectSidenotes(page, 1440, 15 + editorialMarks);

      // Footnote 1, the issue's test: beside its marker, readable, in this edition's language, read once.
      const first = notes.find((n) => n.href === '#fn-1')!;
      expect(Math.abs(first.note.top - first.marker.top)).toBeLessThanOrEqual(first.line);
      expect(first.lang).toBe(lang);
      expect(first.hidden).toBe('true');
      expect(first.note.width).toBeGreaterThan(200);
      await expect(page.locator('#fnref-1 + .preview')).toBeVisible();
      const listed = (await page.locator('#fn-1 p').innerText()).replace(/\s*↑\s*$/, '');
      expect(first.text).toBe(listed);
      expect(notes.every((n) => n.hidden === 'true')).toBe(true);

      // Marker and note light up together, from either.
      const background = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
      await page.locator('#fnref-1').hover();
      const lit = await background('#fnref-1 + .preview');
      expect(lit).not.toBe('rgba(0, 0, 0, 0)');
      expect(await background('#fnref-1')).toBe(lit);
      await page.locator('#fnref-2 + .preview').hover();
      expect(await background('#fnref-2')).toBe(lit);
      await page.mouse.move(0, 0);
      await page.locator('#fnref-3').focus();
      expect(await background('#fnref-3 + .preview')).toBe(lit);

      await expectSidenotes(page, 1280, notes.length);
      await expectSidenotes(page, 1920, notes.length);

      // Narrower: the hover previews and the list at the end, as before.
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.mouse.move(0, 0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expect(page.locator('#fnref-1 + .preview')).toBeHidden();
      await page.locator('#fnref-1').hover();
      await expect(page.locator('#fnref-1 + .preview')).toBeVisible();
      expect(await page.locator('.toc').evaluate((el) => getComputedStyle(el).position)).toBe('static');
      await expect(page.locator('#footnotes')).toBeVisible();

      // Print: the list at the end, no notes in the margin.
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#fnref-1 + .preview')).toBeHidden();
      await expect(page.locator('#footnotes li')).toHaveCount(15);
      await expect(page.locator('#fn-1')).toBeVisible();
    });
  });
}

test('the contents mark the section being read, after scrolling and after a jump', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/ko/article/');
  const current = page.locator('.toc [aria-current="true"]');
  await expect(current).toHaveCount(0);
  await page.locator('#s2').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 100));
  await expect(current).toHaveAttribute('href', '#s2');
  // A jump far down the page, past headings that never crossed the window.
  await page.locator('#fnref-14').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 300));
  await expect(current).toHaveAttribute('href', '#s3-h3');
  await expect(current).toHaveCount(1);
  // The contents stayed in view while the page moved.
  await expect(page.locator('.toc')).toBeInViewport();
  // Back up by a link in the contents.
  await page.locator('.toc a[href="#s1"]').click();
  await expect(current).toHaveAttribute('href', '#s1');
});

test('the parallel view keeps both columns: no sidenotes, no overlap, no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/ko/article/parallel/');
  await expect(page.locator('[data-article-body] .preview')).toHaveCount(0);
  const { sideways, clash } = await page.evaluate(() => {
    const pairs = [...document.querySelectorAll('.parallel-section')].flatMap((section) => {
      const ko = [...section.querySelectorAll(':scope > .pair > .pair__col--ko')].map((el) => el.getBoundingClientRect());
      const en = [...section.querySelectorAll(':scope > .pair > .pair__col--en')].map((el) => el.getBoundingClientRect());
      return ko.map((k, i) => ({ k, e: en[i]! }));
    });
    return {
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      clash: pairs.filter(({ k, e }) => k.right > e.left + 0.5).length,
    };
  });
  expect(sideways).toBe(false);
  expect(clash).toBe(0);
  expect(await page.locator('.toc').evaluate((el) => getComputedStyle(el).position)).toBe('static');
});
