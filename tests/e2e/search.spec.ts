import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { builtPages } from '../support/site';

/** The Korean interface strings: the kind labels follow the wording chosen there. */
const KO = JSON.parse(readFileSync('src/i18n/ko.json', 'utf8')) as Record<string, string>;

/** Console errors and uncaught exceptions of a page, collected for the test to check. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('.search-result');
const resultLinks = (page: Page) => page.locator('.search-result__title a');

/** Opens a search URL and waits until the status line reports the outcome. */
async function searchFor(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(status(page)).toHaveText(/결과|results|Nothing matches|없습니다/);
}

/** Clicks "show more" until every result is listed. */
async function showAll(page: Page): Promise<void> {
  const more = page.locator('[data-search-more]');
  for (let i = 0; i < 20 && (await more.isVisible()); i++) {
    const count = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(count);
  }
}

/** Unfolds the filters, as a reader does before choosing one. */
async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('details[data-search-filters]');
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  await expect(panel).toHaveAttribute('open', '');
}

async function hrefs(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test.describe('Korean search', () => {
  test('a noun with a particle finds the article section that uses it, highlighted', async ({ page }) => {
    const errors = watchErrors(page);
    await searchFor(page, '/ko/search/?q=도시외교를');
    await showAll(page);
    const article = page.locator('.search-result', { has: page.locator('a[href^="/ko/article/#s"]') }).first();
    await expect(article).toBeVisible();
    await expect(article.locator('.search-kind')).toHaveText(KO['search.kind.article']!);
    await expect(article.locator('.search-result__excerpt mark').first()).toContainText('도시외교를');
    expect(errors).toEqual([]);
  });

  test('the exact term puts its glossary entry first', async ({ page }) => {
    await searchFor(page, '/ko/search/?q=외교');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/ko/glossary/diplomacy/');
    await expect(results(page).first().locator('.search-kind')).toHaveText('용어');
  });

  test('외교, the part of a compound, finds the 공공외교 glossary entry', async ({ page }) => {
    await searchFor(page, '/ko/search/?q=외교&kind=glossary');
    await showAll(page);
    expect(await hrefs(page)).toContain('/ko/glossary/public-diplomacy/');
  });

  test('외교 finds a page only through its compound 도시외교의제, and marks the part in the excerpt', async ({ page }) => {
    // The Hague Agenda page has no word that starts with 외교: only the hidden keywords find it.
    await searchFor(page, '/ko/search/?q=외교&kind=hague-agenda');
    const result = page.locator('.search-result', { has: page.locator('a[href="/ko/hague-agenda/"]') });
    await expect(result).toBeVisible();
    await expect(result.locator('.search-result__excerpt mark').first()).toHaveText('외교');
    // The hidden keywords never show.
    await expect(result).not.toContainText('외교의제 의제');
  });

  test('결사 finds 결사외교', async ({ page }) => {
    await searchFor(page, '/ko/search/?q=결사');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/ko/glossary/associative-diplomacy/');
    await expect(resultLinks(page).first()).toHaveText('결사외교');
  });

  test('의제 finds the pages with 도시외교의제', async ({ page }) => {
    await searchFor(page, '/ko/search/?q=의제&kind=hague-agenda');
    await expect(resultLinks(page).filter({ hasText: '도시외교의제' })).not.toHaveCount(0);
  });
});

test.describe('English and cross-language search', () => {
  test('a hyphenated term finds its glossary entry, with or without the hyphen', async ({ page }) => {
    for (const query of ['para-diplomacy', 'paradiplomacy', 'para diplomacy']) {
      await searchFor(page, `/en/search/?q=${encodeURIComponent(query)}`);
      await expect(resultLinks(page).first(), query).toHaveAttribute('href', '/en/glossary/para-diplomacy/');
    }
  });

  test('an English term on the Korean site finds the Korean glossary entry first', async ({ page }) => {
    await searchFor(page, '/ko/search/?q=city+diplomacy');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/ko/glossary/city-diplomacy/');
    await expect(resultLinks(page).first()).toHaveText('도시외교');
    await searchFor(page, '/ko/search/?q=para-diplomacy');
    await expect(resultLinks(page).first()).toHaveText('준외교');
  });

  test('a Korean term on the English site finds the English glossary entry first', async ({ page }) => {
    await searchFor(page, '/en/search/?q=도시외교');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/glossary/city-diplomacy/');
    await expect(resultLinks(page).first()).toHaveText('city diplomacy');
  });
});

test.describe('the search page', () => {
  test('a filter narrows the results and lives in the URL', async ({ page }) => {
    const count = async () => Number(/^‘외교’ 검색 결과 (\d+)건$/.exec((await status(page).textContent()) ?? '')?.[1] ?? NaN);
    await searchFor(page, '/ko/search/?q=외교');
    const all = await count();
    await openFilters(page);
    await page.getByRole('radio', { name: /^용어/ }).check();
    await expect(page).toHaveURL(/\?q=%EC%99%B8%EA%B5%90&kind=glossary$/);
    await expect.poll(count).toBeLessThan(all);
    const narrowed = await count();
    expect(narrowed).toBeGreaterThan(0);
    await showAll(page);
    await expect(page.locator('.search-kind')).toHaveText(Array(narrowed).fill('용어'));
  });

  test('the filters work from the keyboard', async ({ page }) => {
    await searchFor(page, '/en/search/?q=diplomacy');
    // The filters unfold from the keyboard too: their summary takes focus and opens with Enter.
    await page.locator('details[data-search-filters] summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[data-search-filters]')).toHaveAttribute('open', '');
    const all = page.getByRole('group', { name: 'Kind of result' }).getByRole('radio', { name: 'All' });
    await expect(all).toBeChecked();
    await all.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^Article/ })).toBeChecked();
    await expect(page).toHaveURL(/\?q=diplomacy&kind=article$/);
    await expect(page.locator('.search-kind').first()).toHaveText('Article');
  });

  test('strategy rows can be narrowed to a level', async ({ page }) => {
    await searchFor(page, '/en/search/?q=peacebuilding');
    await openFilters(page);
    await page.getByRole('radio', { name: /^Local level/ }).check();
    await expect(status(page)).toHaveText('1 result for ‘peacebuilding’');
    await expect(results(page).first().locator('.search-kind')).toHaveText('Strategy table row · Local level');
    await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/en\/strategy\/bogota-action-agenda\/#/);
  });

  test('the query round-trips through the URL', async ({ page }) => {
    await searchFor(page, '/en/search/?q=peacebuilding');
    await expect(page.getByRole('searchbox')).toHaveValue('peacebuilding');
    await expect(results(page)).not.toHaveCount(0);
    await page.getByRole('searchbox').fill('city diplomacy');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\?q=city\+diplomacy$/);
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/glossary/city-diplomacy/');
    await page.reload();
    await expect(page.getByRole('searchbox')).toHaveValue('city diplomacy');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/glossary/city-diplomacy/');
  });

  test('results show a title, a localized kind and sub-results for the matching headings', async ({ page }) => {
    await searchFor(page, '/en/search/?q=peacebuilding');
    const first = results(page).first();
    await expect(first.locator('.search-kind')).toHaveText('Glossary term');
    await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/peacebuilding/i);
    const hague = page.locator('.search-result', { has: page.locator('a[href="/en/hague-agenda/"]') });
    await expect(hague.locator('.search-subresults a').first()).toHaveAttribute('href', /^\/en\/hague-agenda\/#/);
  });

  test('the header links to the search page without any script', async ({ page }) => {
    await page.goto('/ko/article/');
    const launcher = page.locator('[data-search-launcher]');
    await expect(launcher).toHaveAttribute('href', '/ko/search/');
    await launcher.click();
    await expect(page).toHaveURL('/ko/search/');
    await expect(page.getByRole('searchbox')).toBeVisible();
  });

  // That it runs no inline script is the scripts gate of tests/dist/ (every page); that its CSP
  // lets Pagefind's WebAssembly run, the crawl (crawl.spec.ts), which searches on it.
  test('the search page loads Pagefind only for a query', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/ko/search/');
    await expect(status(page)).toHaveText('찾을 낱말을 입력하세요.');
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });
});

/**
 * The answer on a phone's first screen: a student's query on a 390×844 screen shows its first
 * result without scrolling, in both languages. (Before the filters folded away, the first result
 * started at about 1,215 px in Korean and 1,590 px in English.)
 */
test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const { path, query } of [
    { path: '/ko/search/', query: '도시외교' },
    { path: '/en/search/', query: 'city diplomacy' },
  ]) {
    test(`the first result for “${query}” on ${path} starts on the first screen`, async ({ page }) => {
      await searchFor(page, `${path}?q=${encodeURIComponent(query)}`);
      const top = await results(page).first().evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      test.info().annotations.push({ type: 'first-result-top', description: `${path} “${query}”: ${Math.round(top)} px` });
      expect(top).toBeLessThan(844);
      // And its title, the link a reader follows, is wholly on it.
      const title = await resultLinks(page).first().evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
      expect(title).toBeLessThan(844);
    });
  }
});

test.describe('the filters', () => {
  const panel = (page: Page) => page.locator('details[data-search-filters]');
  const state = (page: Page) => panel(page).locator('summary');

  test('fold into a disclosure that says how many are active, and which', async ({ page }) => {
    await searchFor(page, '/ko/search/?q=외교');
    await expect(panel(page)).not.toHaveAttribute('open', '');
    await expect(state(page)).toHaveText('필터 (없음)');
    await searchFor(page, '/ko/search/?q=외교&kind=glossary');
    await expect(panel(page)).not.toHaveAttribute('open', '');
    await expect(state(page)).toHaveText('필터 (1개 적용: 용어)');
    await searchFor(page, '/en/search/?q=peacebuilding');
    await openFilters(page);
    await page.getByRole('radio', { name: /^Strategy table row/ }).check();
    await page.getByRole('radio', { name: /^Local level/ }).check();
    await expect(state(page)).toHaveText('Filters (2 active: Strategy table row, Local level)');
    await page.getByRole('group', { name: 'Kind of result' }).getByRole('radio', { name: 'All' }).check();
    await expect(state(page)).toHaveText('Filters (1 active: Local level)');
  });

  test('say what each one filters', async ({ page }) => {
    await searchFor(page, '/ko/search/?q=외교');
    await openFilters(page);
    const legends = await panel(page).locator('legend').allTextContents();
    expect(legends).toEqual(['결과 종류', '표 3(보고타 행동의제)의 행: 차원별', '표 4(도시외교 전략)의 행: 범주별']);
    await expect(page.getByRole('radio', { name: /^첫 페이지/ })).toHaveCount(1);
    await expect(page.getByRole('radio', { name: /^처음/ })).toHaveCount(0);
    await searchFor(page, '/en/search/?q=diplomacy');
    await openFilters(page);
    expect(await panel(page).locator('legend').allTextContents()).toEqual([
      'Kind of result',
      'Rows of Table 3 (Bogotá Agenda), by level',
      'Rows of Table 4 (city diplomacy strategies), by category',
    ]);
    await expect(page.getByRole('radio', { name: /^Home page/ })).toHaveCount(1);
  });
});

test.describe('excerpts', () => {
  const first = (page: Page) => page.locator('.search-result__excerpt').first();

  test('a glossary hit reads as its term pair and the start of its definition, not as field labels', async ({ page }) => {
    await searchFor(page, '/ko/search/?q=도시외교');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/ko/glossary/city-diplomacy/');
    await expect(first(page)).toHaveText(/^도시외교 · city diplomacy — 지방정부로 대표되는 외교\./);
    for (const label of ['한국어', 'English', '다른 표기', '갈래', '정의']) await expect(first(page)).not.toContainText(label);
    await expect(first(page).locator('mark').first()).toHaveText('도시외교');

    await searchFor(page, '/en/search/?q=city+diplomacy');
    await expect(first(page)).toHaveText(/^city diplomacy · 도시외교 — Diplomacy represented by local governments\./);
    for (const label of ['Korean', '한국어 도시외교', 'Other spellings', 'Category', 'Definition']) await expect(first(page)).not.toContainText(label);
  });

  test('the glossary keeps its other spellings and Hanja searchable', async ({ page }) => {
    // Aliases and Hanja stand in the page's list of facts, which is not indexed: the entry's terms field carries them.
    await searchFor(page, `/ko/search/?q=${encodeURIComponent('도시 외교')}`);
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/ko/glossary/city-diplomacy/');
    await searchFor(page, '/en/search/?q=paradiplomacy');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/glossary/para-diplomacy/');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs JavaScript and offers the glossary and every page', async ({ page }) => {
    await page.goto('/en/search/?q=peacebuilding');
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the glossary' })).toHaveAttribute('href', '/en/glossary/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    const links = await page.locator('.search-directory a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const built = new Set(builtPages().filter((p) => p.startsWith('/en/')));
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((href) => !built.has(href))).toEqual([]);
    const expected = [...built].filter((p) => p !== '/en/search/');
    expect(expected.filter((p) => !links.includes(p))).toEqual([]);
  });
});

test('when Pagefind cannot load, the page says so and offers the fallback again', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/en/search/?q=diplomacy');
  await expect(status(page)).toHaveText('Search could not be loaded. Use the list of every page below.');
  await expect(page.getByRole('link', { name: 'Open the glossary' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
});

test.describe('hostile queries', () => {
  test('HTML in a query is shown as text and never runs', async ({ page }) => {
    const errors = watchErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const query = '<img src=x onerror=alert(1)>';
    await searchFor(page, `/en/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('searchbox')).toHaveValue(query);
    await expect(status(page)).toContainText(query);
    await expect(page.locator('main img')).toHaveCount(0);
    await page.getByRole('searchbox').fill('<script>alert(2)</script> diplomacy');
    await page.getByRole('searchbox').press('Enter');
    await expect(status(page)).toContainText('results for');
    await expect(page.locator('.search-results script, .search-status script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a 1,000-character query and a query of punctuation return cleanly', async ({ page }) => {
    const errors = watchErrors(page);
    await searchFor(page, `/ko/search/?q=${encodeURIComponent('외교 '.repeat(200) + '가'.repeat(400))}`);
    await expect(page.getByRole('searchbox')).toHaveValue(/^외교 외교/);
    await searchFor(page, `/en/search/?q=${encodeURIComponent('!!!???')}`);
    await expect(status(page)).toHaveText('Nothing matches ‘!!!???’. Try another word, or look in the glossary.');
    await expect(results(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
