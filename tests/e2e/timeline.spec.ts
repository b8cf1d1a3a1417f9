import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { DIST } from '../support/site';

// The timeline of the lineage page (src/components/lineage/Timeline.astro), as built: one SVG
// drawn at build time, named for assistive technology, with its list as text equivalent.

const LANGS = [
  { lang: 'ko', name: /^연표/, heading: '연표 1913–2016' },
  { lang: 'en', name: /^Timeline/, heading: 'Timeline, 1913–2016' },
] as const;
const EVENTS = 14; // 7 lineage events (the merger among them), 5 congresses, the Hague Agenda, Habitat III

const drawing = (page: Page) => page.locator('svg.timeline__drawing');
/** The events as drawn: each mark with its label. */
const drawn = (page: Page) => drawing(page).locator('g.timeline__event');
/** The pointer's links, in a transparent layer under the drawing. */
const marks = (page: Page) => page.locator('svg.timeline__hits a');
const items = (page: Page) => page.locator('ol.timeline__list > li');
const hrefsOf = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

for (const { lang, name, heading } of LANGS) {
  test.describe(`/${lang}/lineage/`, () => {
    test('shows the timeline as one named image, drawn without script', async ({ page }) => {
      await page.goto(`/${lang}/lineage/`);
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      const image = page.getByRole('img', { name });
      await expect(image).toHaveCount(1);
      await expect(image).toHaveJSProperty('tagName', 'svg');
      await expect(image).toBeVisible();
      await expect(drawn(page)).toHaveCount(EVENTS);
      await expect(marks(page)).toHaveCount(EVENTS);
      // Nothing inside the image is interactive (role="img" hides what it holds).
      await expect(drawing(page).locator('a, [tabindex]')).toHaveCount(0);
      const html = readFileSync(`${DIST}/${lang}/lineage/index.html`, 'utf8');
      // The section's own tag, whatever the order of its attributes.
      const start = html.search(/<section [^>]*class="timeline[ "]/);
      expect(start).toBeGreaterThan(-1);
      const section = html.slice(start, html.indexOf('</section>', start));
      expect(section).toContain('<svg class="timeline__drawing" role="img"');
      expect(section).not.toContain('<script');
    });

    test('has a list with the same events, in the same order, as its text equivalent', async ({ page }) => {
      await page.goto(`/${lang}/lineage/`);
      await expect(items(page)).toHaveCount(EVENTS);
      const labels = await drawn(page).evaluateAll((groups) => groups.map((g) => ({ id: g.getAttribute('data-timeline-event'), label: g.textContent?.trim() ?? '' })));
      const links = await marks(page).evaluateAll((as) => as.map((a) => ({ id: a.getAttribute('data-timeline-event'), href: a.getAttribute('href') })));
      expect(links.map((l) => l.id)).toEqual(labels.map((l) => l.id));
      const listed = await items(page).evaluateAll((lis) =>
        lis.map((li) => ({ id: li.getAttribute('data-timeline-item'), href: li.querySelector('a')?.getAttribute('href'), datetime: li.querySelector('time')?.getAttribute('datetime') ?? '' })),
      );
      expect(listed.map((i) => i.id)).toEqual(labels.map((m) => m.id));
      expect(listed.map((i) => i.href)).toEqual(links.map((m) => m.href));
      // The year the drawing writes is the year the list dates the event by.
      expect(labels.map((m) => m.label.slice(0, 4))).toEqual(listed.map((i) => i.datetime.slice(0, 4)));
      const years = listed.map((i) => Number(i.datetime.slice(0, 4)));
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect([years[0], years.at(-1)]).toEqual([1913, 2016]);
    });

    // That each link resolves, fragment included, is the links gate's (tests/dist, every page).
    test('every mark links to a page of its own, the list’s links are the keyboard’s', async ({ page }) => {
      await page.goto(`/${lang}/lineage/`);
      const links = [...new Set([...(await hrefsOf(page, 'svg.timeline__hits a')), ...(await hrefsOf(page, 'ol.timeline__list a'))])];
      expect(links).toHaveLength(EVENTS);
      // The drawing's links serve a pointer, hidden from assistive technology and out of the Tab
      // order; the list's, with their names, serve the keyboard.
      await expect(page.locator('svg.timeline__hits')).toHaveAttribute('aria-hidden', 'true');
      await expect(marks(page).and(page.locator(':not([tabindex="-1"])'))).toHaveCount(0);
      for (const link of await items(page).locator('a').all()) {
        await link.focus();
        await expect(link).toBeFocused();
        expect((await link.textContent())?.trim()).not.toBe('');
      }
      // A click on a label in the drawing goes to its page, through the image.
      await drawn(page).first().scrollIntoViewIfNeeded();
      const label = (await drawn(page).first().locator('text').boundingBox())!;
      await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
      await expect(page).toHaveURL(new RegExp(`/${lang}/lineage/uiv/$`));
    });

    test('does not scroll sideways at 320 px, the drawing within the page', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`/${lang}/lineage/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const box = (await drawing(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      // Shrunk to fit, its labels stay legible: 13 units drawn at no less than 11 px.
      const labelSize = await drawn(page).locator('text').first().evaluate((text) => text.getBoundingClientRect().height);
      expect(labelSize).toBeGreaterThanOrEqual(11);
    });

    test('is coloured by the site’s tokens, in light and in dark', async ({ page }) => {
      const colours: Record<string, { trunk: string; accent: string; label: string; link: string }> = {};
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${lang}/lineage/`);
        colours[colorScheme] = await page.evaluate(() => {
          // A token as the browser resolves it, through a probe element.
          const resolve = (property: string, token: string) => {
            const probe = document.createElement('span');
            probe.style.setProperty(property, `var(${token})`);
            document.body.append(probe);
            const value = getComputedStyle(probe).getPropertyValue(property);
            probe.remove();
            return value;
          };
          const trunk = document.querySelector('.timeline__trunk')!;
          const label = document.querySelector('.timeline__event text')!;
          return { trunk: getComputedStyle(trunk).stroke, accent: resolve('color', '--accent'), label: getComputedStyle(label).fill, link: resolve('color', '--link') };
        });
      }
      for (const scheme of ['light', 'dark']) {
        expect(colours[scheme]!.trunk, scheme).toBe(colours[scheme]!.accent);
        expect(colours[scheme]!.label, scheme).toBe(colours[scheme]!.link);
      }
      expect(colours['light']!.trunk).not.toBe(colours['dark']!.trunk);
    });
  });
}
