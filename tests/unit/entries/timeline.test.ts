import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import {
  DEFAULT_LAYOUT,
  estimateTextWidth,
  layoutTimeline,
  MARK_EXTENT,
  MARK_PATHS,
  MARK_SHAPES,
  shortName,
  spread,
  timelineEvents,
  type TimelineLayout,
  type TimelineSources,
} from '../../../src/lib/entries/timeline';
import { organisationSchema } from '../../../src/schemas/organisation';
import { congressSchema } from '../../../src/schemas/congress';
import { definitionSchema } from '../../../src/schemas/hague-agenda';
import { bodySchema } from '../../../src/schemas/structure';
import { referenceSchema } from '../../../src/schemas/reference';

const read = <S extends Parameters<typeof parseYamlList>[2]>(file: string, schema: S) => parseYamlList(readFileSync(file, 'utf8'), file, schema).map((e) => e.data);
const sources: TimelineSources = {
  organisations: read('content/lineage/organisations.yaml', organisationSchema),
  congresses: read('content/congresses.yaml', congressSchema).sort((a, b) => a.ordinal - b.ordinal),
  definitions: read('content/hague-agenda/definitions.yaml', definitionSchema),
  bodies: read('content/structure/bodies.yaml', bodySchema),
  references: read('content/references.yaml', referenceSchema),
};

describe('timelineEvents', () => {
  const ko = timelineEvents(sources, 'ko');
  const en = timelineEvents(sources, 'en');

  it('puts the lineage, the merger, the five congresses, the Hague Agenda and Habitat III in order, 1913 to 2016', () => {
    expect(ko.map((e) => `${e.year} ${e.kind} ${e.id}`)).toEqual([
      '1913 founding uiv',
      '1928 succession iula',
      '1951 founding mb',
      '1957 succession fmvj-uto',
      '1968 succession fmcu-uto',
      '1985 founding metropolis',
      '2004 merger uclg',
      '2004 congress 2004-paris',
      '2007 congress 2007-jeju',
      '2008 agenda hague-agenda',
      '2010 congress 2010-mexico-city',
      '2013 congress 2013-rabat',
      '2016 congress 2016-bogota',
      '2016 conference habitat-iii',
    ]);
  });

  it('reads the streams, the predecessors and the merged organisations from the lineage data', () => {
    const get = (id: string) => ko.find((e) => e.id === id)!;
    expect([get('uiv').stream, get('iula').stream, get('mb').stream, get('fmcu-uto').stream, get('metropolis').stream]).toEqual([0, 0, 1, 1, 2]);
    expect(get('iula').from).toEqual(['UIV']);
    expect(get('fmvj-uto').from).toEqual(['MB']);
    expect(get('uclg').from).toEqual(['IULA', 'FMCU-UTO', 'METROPOLIS']);
    expect(get('uclg').stream).toBeUndefined();
  });

  it('labels and names each event in the page’s language', () => {
    const label = (events: typeof ko, id: string) => events.find((e) => e.id === id)!;
    expect(label(ko, 'uiv')).toMatchObject({ label: 'UIV', name: '국제도시연합(UIV)' });
    expect(label(ko, '2004-paris')).toMatchObject({ label: '파리', name: '제1차 세계총회(파리)', month: 5 });
    expect(label(en, '2016-bogota')).toMatchObject({ label: 'Bogotá', name: '5th World Congress, Bogotá', month: 10 });
    expect(label(ko, 'hague-agenda')).toMatchObject({ label: '헤이그 의제', name: '헤이그 도시외교의제' });
    expect(label(en, 'habitat-iii')).toMatchObject({ label: 'Habitat III', name: 'Habitat III (United Nations Conference on Housing and Sustainable Urban Development)' });
    // The Korean name keeps the article's slip 'UN-Habitat III' (an editorial note corrects it on
    // the body's page); the timeline is the editors' own and names the conference correctly.
    expect(label(ko, 'habitat-iii')).toMatchObject({ label: 'Habitat III', name: 'Habitat III' });
  });

  it('links every event to its page, under the base path', () => {
    expect(Object.fromEntries(ko.map((e) => [e.id, e.href]))).toMatchObject({
      uiv: '/ko/lineage/uiv/',
      uclg: '/ko/lineage/uclg/',
      '2004-paris': '/ko/congresses/2004-paris/',
      'hague-agenda': '/ko/hague-agenda/',
      'habitat-iii': '/ko/organisation/#habitat-iii',
    });
    expect(timelineEvents(sources, 'en', '/city-diplomacy/').find((e) => e.id === 'uiv')?.href).toBe('/city-diplomacy/en/lineage/uiv/');
  });

  it('takes every date from the data', () => {
    const moved: TimelineSources = {
      ...sources,
      organisations: sources.organisations.map((o) => (o.id === 'uiv' ? { ...o, founded: 1912 } : o)),
      congresses: sources.congresses.map((c) => (c.id === '2007-jeju' ? { ...c, date: '2008-03' } : c)),
      definitions: sources.definitions.map((d) => (d.id === 'adopted' ? { ...d, year: 2009 } : d)),
    };
    const events = timelineEvents(moved, 'en');
    expect(events.find((e) => e.id === 'uiv')?.year).toBe(1912);
    expect(events.find((e) => e.id === '2007-jeju')).toMatchObject({ year: 2008, month: 3 });
    expect(events.find((e) => e.id === 'hague-agenda')?.year).toBe(2009);
  });

  it('reads Habitat III’s year from its structure entry, else from the New Urban Agenda adopted there', () => {
    // content/structure/bodies.yaml gives Habitat III no year (yet): the reference's 2016 stands in.
    expect(sources.bodies.find((b) => b.id === 'habitat-iii')?.year).toBeUndefined();
    expect(ko.find((e) => e.id === 'habitat-iii')?.year).toBe(sources.references.find((r) => r.id === 'new-urban-agenda-2016')?.year);
    const dated = { ...sources, bodies: sources.bodies.map((b) => (b.id === 'habitat-iii' ? { ...b, year: 2017 } : b)) };
    expect(timelineEvents(dated, 'ko').find((e) => e.id === 'habitat-iii')?.year).toBe(2017);
  });

  it('fails, naming the file, when a date it needs is not in the data', () => {
    const noReference = { ...sources, references: sources.references.filter((r) => r.id !== 'new-urban-agenda-2016') };
    expect(() => timelineEvents(noReference, 'ko')).toThrow(/content\/structure\/bodies\.yaml: the timeline needs the year of "habitat-iii"/);
    const noHague = { ...sources, definitions: sources.definitions.map(({ year: _year, ...d }) => d), references: sources.references.filter((r) => r.id !== 'hague-agenda-2008') };
    expect(() => timelineEvents(noHague, 'ko')).toThrow(/content\/hague-agenda\/definitions\.yaml/);
    const noFounding = { ...sources, organisations: sources.organisations.map(({ founded, ...o }) => (o.id === 'mb' ? o : { ...o, founded })) };
    expect(() => timelineEvents(noFounding, 'ko')).toThrow(/organisations\.yaml: the timeline needs the founding year of "mb"/);
  });
});

describe('shortName', () => {
  it('drops a trailing parenthesis', () => {
    expect(shortName('Habitat III (United Nations Conference on Housing and Sustainable Urban Development)')).toBe('Habitat III');
    expect(shortName('UN-Habitat III')).toBe('UN-Habitat III');
  });
});

describe('spread', () => {
  it('leaves positions that are far enough apart where they are', () => {
    expect(spread([0, 20, 40], 19)).toEqual([0, 20, 40]);
  });
  it('moves crowded positions apart around where they want to be, in order', () => {
    expect(spread([100, 100], 20)).toEqual([90, 110]);
    expect(spread([0, 5, 10], 10)).toEqual([-5, 5, 15]);
    // A block that grows into the one before it joins it.
    expect(spread([0, 30, 31, 32], 10)).toEqual([0, 21, 31, 41]);
  });
  it('keeps every position at or after the least one', () => {
    expect(spread([0, 0, 0], 10, 0)).toEqual([0, 10, 20]);
  });
});

describe('estimateTextWidth', () => {
  it('counts Hangul a full em and Latin less', () => {
    expect(estimateTextWidth('도시', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(12);
    expect(estimateTextWidth('2004 UCLG', 10)).toBeGreaterThan(estimateTextWidth('2004 uclg', 10));
  });
});

/** Distance from a point to a segment. */
function distance(px: number, py: number, [ax, ay, bx, by]: readonly number[]): number {
  const dx = bx! - ax!;
  const dy = by! - ay!;
  const k = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax!) * dx + (py - ay!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax! + k * dx), py - (ay! + k * dy));
}

/** A leader's straight segments, from its path data (`M x y H x` or `M x y L x y`). */
function segments(d: string): number[][] {
  const [x1, y1, rest] = /^M([\d.]+) ([\d.]+)(.*)$/.exec(d)!.slice(1) as [string, string, string];
  const h = /^H([\d.]+)$/.exec(rest);
  if (h) return [[Number(x1), Number(y1), Number(h[1]), Number(y1)]];
  const l = /^L([\d.]+) ([\d.]+)$/.exec(rest)!;
  return [[Number(x1), Number(y1), Number(l[1]), Number(l[2])]];
}

describe('layoutTimeline', () => {
  for (const lang of ['ko', 'en'] as const) {
    const events = timelineEvents(sources, lang);
    const layout: TimelineLayout = layoutTimeline(events);
    const o = DEFAULT_LAYOUT;
    const yOf = (year: number) => layout.axis.y1 + (year - layout.from) * o.yearHeight;

    describe(lang, () => {
      it('draws one axis from the first year to the last, a year always the same height', () => {
        expect([layout.from, layout.to]).toEqual([1913, 2016]);
        expect(layout.axis.y2 - layout.axis.y1).toBeCloseTo(103 * o.yearHeight, 0);
        for (const mark of layout.marks) expect(mark.y, mark.event.id).toBeCloseTo(yOf(mark.event.year), 0);
        expect(layout.ticks.map((t) => t.year)).toEqual([1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010]);
      });

      it('puts each stream’s marks on its line, ending where they merge, and UCLG’s line on to the last congress', () => {
        const merger = layout.marks.find((m) => m.event.kind === 'merger')!;
        const streamXs = [0, 1, 2].map((s) => layout.marks.find((m) => m.event.stream === s)!.x);
        expect(new Set(streamXs).size).toBe(3);
        for (const mark of layout.marks.filter((m) => m.event.stream !== undefined)) expect(mark.x).toBe(streamXs[mark.event.stream!]);
        expect(layout.streams).toHaveLength(3);
        for (const d of layout.streams) expect(d.endsWith(`${merger.x} ${merger.y}`) || d.endsWith(`V${merger.y}`), d).toBe(true);
        for (const mark of layout.marks.filter((m) => m.event.kind === 'congress')) expect(mark.x).toBe(merger.x);
        expect(layout.trunk).toEqual({ x: merger.x, y1: merger.y, y2: layout.marks.find((m) => m.event.id === '2016-bogota')!.y });
        const others = layout.marks.filter((m) => m.event.kind === 'agenda' || m.event.kind === 'conference');
        for (const mark of others) expect(mark.x).toBeGreaterThan(Math.max(...streamXs));
      });

      it('lists the labels in order, never closer than a line, each tied to its mark by a leader', () => {
        const ys = layout.marks.map((m) => m.label.y);
        for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(o.lineHeight - 0.5);
        expect(Math.min(...ys)).toBeGreaterThanOrEqual(o.padding);
        for (const mark of layout.marks) {
          expect(mark.label.text).toBe(`${mark.event.year} ${mark.event.label}`);
          const [[x1, y1, x2, y2]] = segments(mark.leader) as [number[]];
          expect(x1).toBeCloseTo(mark.x + MARK_EXTENT[mark.shape] + 1.5, 0);
          expect(y1).toBe(mark.y);
          expect(x2).toBeLessThan(mark.label.x);
          expect(y2).toBe(mark.label.y);
        }
      });

      it('routes no leader through another event’s mark', () => {
        for (const mark of layout.marks) {
          for (const other of layout.marks) {
            if (other === mark || (other.x === mark.x && other.y === mark.y)) continue;
            for (const segment of segments(mark.leader)) {
              expect(distance(other.x, other.y, segment), `${mark.event.id}’s leader and ${other.event.id}’s mark`).toBeGreaterThan(MARK_EXTENT[other.shape] + 1);
            }
          }
        }
      });

      it('is wide and tall enough for every label', () => {
        for (const mark of layout.marks) {
          expect(mark.label.x + mark.label.width).toBeLessThanOrEqual(layout.width);
          expect(mark.label.y + o.lineHeight / 2).toBeLessThanOrEqual(layout.height);
        }
        // Narrow enough to be read at its size on a 320 px screen (288 px of page width): it is
        // drawn at 1.25 and never scaled below 85 %.
        expect(layout.width).toBeLessThanOrEqual(288 / 0.85);
      });
    });
  }

  it('gives every kind a shape that the drawing, the key and the list share', () => {
    for (const shape of Object.values(MARK_SHAPES)) expect(MARK_PATHS[shape]).toMatch(/^M/);
  });

  it('needs at least one event', () => {
    expect(() => layoutTimeline([])).toThrow(/no events/);
  });
});
