/**
 * The timeline of the lineage page: UCLG's history on one axis, from its oldest ancestor (UIV,
 * 1913) to Habitat III (2016). Two pure steps, both typed and tested:
 *
 *  - `timelineEvents()` reads the events from the content data: the foundings and successions of
 *    the lineage (content/lineage/organisations.yaml), the merger into UCLG, the World Congresses
 *    (content/congresses.yaml), the Hague Agenda (content/hague-agenda/definitions.yaml) and
 *    Habitat III (content/structure/bodies.yaml). Every date comes from there; a date the data
 *    does not give fails the build, naming the file and entry.
 *  - `layoutTimeline()` places them on a vertical axis, one year a fixed height: each stream of
 *    the lineage a line ending where they merge, UCLG's line after it, a mark per event and a
 *    label per mark, the labels spread apart where events crowd (2004–2016) and tied to their
 *    marks by leader lines.
 *
 * components/lineage/Timeline.astro draws the layout as SVG at build time.
 */
import { useTranslations } from '../../i18n';
import type { Lang } from '../../i18n/locales';
import type { Body } from '../../schemas/structure';
import type { Congress } from '../../schemas/congress';
import type { Organisation } from '../../schemas/organisation';
import type { Reference } from '../../schemas/reference';
import { entryPath, pagePath, withBase } from '../site/paths';
import { englishOrdinal } from './congress';
import { lineageStreams } from './lineage';
import { organisationLabel } from './organisation';

/** What happened: a lineage organisation founded, succeeded, merged; a congress; the agenda; a UN conference. */
export type TimelineKind = 'founding' | 'succession' | 'merger' | 'congress' | 'agenda' | 'conference';

/** The order of kinds within one year (the merger at the 1st Congress; Habitat III right after the 5th). */
export const KIND_ORDER: readonly TimelineKind[] = ['founding', 'succession', 'merger', 'congress', 'agenda', 'conference'];

export interface TimelineEvent {
  /** Unique among the events: the entry's id (`uiv`, `2004-paris`, `habitat-iii`). */
  id: string;
  kind: TimelineKind;
  year: number;
  /** The month, where the data gives one (a congress's `2004-05`). */
  month?: number;
  /** The lineage stream a founding or succession stands in, from 0 (figure 1's order). */
  stream?: number;
  /** What the drawing writes after the year: `UIV`, `파리`, `Habitat III`. */
  label: string;
  /** What the list links: `국제도시연합(UIV)`, `제1차 세계총회(파리)`. */
  name: string;
  /** A succession's predecessor, the merger's merged organisations (abbreviations). */
  from?: string[];
  /** The page the event links to, with the base path. */
  href: string;
}

/** The content the events are read from (each collection's entries' data). */
export interface TimelineSources {
  organisations: readonly Organisation[];
  congresses: readonly Congress[];
  definitions: readonly { id: string; year?: number | undefined }[];
  bodies: readonly Body[];
  references: readonly Reference[];
}

/** Where the two events outside UCLG's own data are read. */
export const TIMELINE_SOURCES = {
  /** The Hague Agenda: the year of its adopted definition, else of the reference that cites it. */
  hagueAgenda: { definition: 'adopted', reference: 'hague-agenda-2008' },
  /**
   * Habitat III: its structure entry's `year`. content/structure/bodies.yaml gives none yet, so
   * the year is read from the reference the article cites for the New Urban Agenda, which was
   * adopted there ("New Urban Agenda(2016)", content/references.yaml); the entry's own year wins
   * once it is added.
   */
  habitat: { body: 'habitat-iii', reference: 'new-urban-agenda-2016' },
} as const;

const missing = (file: string, what: string): Error => new Error(`${file}: the timeline needs ${what}, which the data does not give`);

/** `Habitat III (United Nations Conference …)` → `Habitat III`: a name without its trailing parenthesis. */
export function shortName(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/u, '').trim() || name;
}

/** The order events are listed and labelled in: by year, then kind, then month, then stream. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.year - b.year ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.month ?? 0) - (b.month ?? 0) ||
    (a.stream ?? 0) - (b.stream ?? 0) ||
    a.id.localeCompare(b.id)
  );
}

/** Every event of the timeline in one language, in order, each linked to its page under `base`. */
export function timelineEvents(sources: TimelineSources, lang: Lang, base = '/'): TimelineEvent[] {
  const t = useTranslations(lang);
  const link = (path: string) => withBase(base, path);
  const events: TimelineEvent[] = [];

  const { streams, result } = lineageStreams(sources.organisations);
  const founded = (o: Organisation): number => {
    if (o.founded === undefined) throw missing('content/lineage/organisations.yaml', `the founding year of "${o.id}"`);
    return o.founded;
  };
  streams.forEach((stream, index) => {
    stream.forEach((o, position) => {
      const previous = stream[position - 1];
      events.push({
        id: o.id,
        kind: previous ? 'succession' : 'founding',
        year: founded(o),
        stream: index,
        label: o.abbreviation,
        name: organisationLabel(o, lang),
        ...(previous ? { from: [previous.abbreviation] } : {}),
        href: link(entryPath(lang, 'lineage', o.id)),
      });
    });
  });
  events.push({
    id: result.id,
    kind: 'merger',
    year: founded(result),
    label: result.abbreviation,
    name: organisationLabel(result, lang),
    from: streams.map((stream) => stream.at(-1)!.abbreviation),
    href: link(entryPath(lang, 'lineage', result.id)),
  });

  for (const congress of sources.congresses) {
    const [year, month] = congress.date.split('-').map(Number) as [number, number];
    events.push({
      id: congress.id,
      kind: 'congress',
      year,
      month,
      label: congress.city[lang],
      name: t('timeline.congressName', { n: congress.ordinal, ordinal: englishOrdinal(congress.ordinal), city: congress.city[lang] }),
      href: link(entryPath(lang, 'congresses', congress.id)),
    });
  }

  const { hagueAgenda, habitat } = TIMELINE_SOURCES;
  const referenceYear = (id: string) => sources.references.find((r) => r.id === id)?.year;
  const hagueYear = sources.definitions.find((d) => d.id === hagueAgenda.definition)?.year ?? referenceYear(hagueAgenda.reference);
  if (hagueYear === undefined) throw missing('content/hague-agenda/definitions.yaml', `the year of the "${hagueAgenda.definition}" definition`);
  events.push({ id: 'hague-agenda', kind: 'agenda', year: hagueYear, label: t('nav.hague'), name: t('hague.title'), href: link(pagePath(lang, 'hague')) });

  const body = sources.bodies.find((b) => b.id === habitat.body);
  if (!body) throw missing('content/structure/bodies.yaml', `an entry "${habitat.body}"`);
  const habitatYear = body.year ?? referenceYear(habitat.reference);
  if (habitatYear === undefined) throw missing('content/structure/bodies.yaml', `the year of "${habitat.body}"`);
  events.push({
    id: body.id,
    kind: 'conference',
    year: habitatYear,
    // The English name, short on the axis, in both languages: the Korean name keeps the article's
    // slip 'UN-Habitat III', which an editorial note corrects on the body's page; the timeline is
    // ours and names the conference correctly in its list too.
    label: body.abbreviation ?? shortName(body.name.en),
    name: lang === 'en' ? body.name.en : shortName(body.name.en),
    href: link(pagePath(lang, 'organisation', body.id)),
  });

  return events.sort(compareEvents);
}

// --- Layout ------------------------------------------------------------------------------------

/** The shape of each kind's mark (the legend and the list draw the same). */
export const MARK_SHAPES = {
  founding: 'dot',
  succession: 'ring',
  merger: 'merge',
  congress: 'square',
  agenda: 'diamond',
  conference: 'diamond',
} as const satisfies Record<TimelineKind, string>;
export type MarkShape = (typeof MARK_SHAPES)[TimelineKind];

const circle = (r: number) => `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;

/** Each shape as SVG path data centred on 0,0, for the drawing, its key and the list alike. */
export const MARK_PATHS: Readonly<Record<MarkShape, string>> = {
  dot: circle(4.5),
  ring: circle(4),
  merge: circle(7),
  square: 'M-3.5 -3.5h7v7h-7Z',
  diamond: 'M0 -5.5L5.5 0L0 5.5L-5.5 0Z',
};

export const markPath = (shape: MarkShape): string => MARK_PATHS[shape];

/** How far each shape reaches from its centre, its stroke included. */
export const MARK_EXTENT: Readonly<Record<MarkShape, number>> = { dot: 4.5, ring: 5, merge: 8.5, square: 3.5, diamond: 6.5 };

export interface TimelineLayoutOptions {
  /** Height of one year (viewBox units). */
  yearHeight: number;
  /** The least distance between two labels' centres. */
  lineHeight: number;
  /** The labels' font size, for estimating their width. */
  fontSize: number;
  /** Space above the first year and below the last mark or label. */
  padding: number;
  /** Where the axis stands, right of the decade labels. */
  axisX: number;
  /** Distance between the columns: the streams, then the column of the other events. */
  columnGap: number;
  /** Decades are labelled on the axis every this many years. */
  tickEvery: number;
}

export const DEFAULT_LAYOUT: TimelineLayoutOptions = {
  yearHeight: 5.6,
  lineHeight: 19,
  fontSize: 13,
  padding: 14,
  axisX: 34,
  columnGap: 14,
  tickEvery: 10,
};

export interface PositionedMark {
  event: TimelineEvent;
  shape: MarkShape;
  /** The mark's centre. */
  x: number;
  y: number;
  /** The label's start and vertical centre, the text it shows and its estimated width. */
  label: { x: number; y: number; text: string; width: number };
  /** The leader line from the mark to its label (SVG path data). */
  leader: string;
  /** Where a pointer takes the event's link: a box around the mark and one around the label. */
  targets: { x: number; y: number; width: number; height: number }[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** First and last year of the axis. */
  from: number;
  to: number;
  axis: { x: number; y1: number; y2: number };
  /** Labelled decades on the axis. */
  ticks: { year: number; y: number }[];
  /** Each lineage stream's line, from its first event to the merger (SVG path data). */
  streams: string[];
  /** UCLG's line from the merger to the last event on it, if there is a merger. */
  trunk?: { x: number; y1: number; y2: number };
  /** The marks in list order. */
  marks: PositionedMark[];
}

/** A rough width of a text in a sans-serif face: Hangul and Han a full em, Latin capitals wider than the rest. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff]/u.test(char)) ems += 1;
    else if (/\s/u.test(char)) ems += 0.3;
    else if (/[A-Z]/u.test(char)) ems += 0.72;
    else if (/[\p{L}\p{N}]/u.test(char)) ems += 0.6;
    else ems += 0.4;
  }
  return ems * fontSize;
}

/**
 * Spreads positions apart, each at least `gap` after the one before and none before `min`, as
 * close to its wish as can be (least squares: pool-adjacent-violators). `wanted` is ascending.
 */
export function spread(wanted: readonly number[], gap: number, min = -Infinity): number[] {
  // A block of consecutive positions set `gap` apart: its first index, size, and the sum of each
  // member's wish less its offset in the block; the block's start is that sum's mean.
  const blocks: { first: number; size: number; sum: number }[] = [];
  const start = (b: { size: number; sum: number }) => Math.max(min, b.sum / b.size);
  wanted.forEach((value, index) => {
    let block = { first: index, size: 1, sum: value };
    for (let previous = blocks.at(-1); previous && start(previous) + previous.size * gap > start(block); previous = blocks.at(-1)) {
      blocks.pop();
      block = { first: previous.first, size: previous.size + block.size, sum: previous.sum + block.sum - block.size * previous.size * gap };
    }
    blocks.push(block);
  });
  return blocks.flatMap((block) => Array.from({ length: block.size }, (_, k) => start(block) + k * gap));
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Places the events (in list order) on a vertical axis from their first year to their last. */
export function layoutTimeline(events: readonly TimelineEvent[], options: Partial<TimelineLayoutOptions> = {}): TimelineLayout {
  if (events.length === 0) throw new Error('layoutTimeline: no events');
  const o = { ...DEFAULT_LAYOUT, ...options };
  const ordered = [...events].sort(compareEvents);
  const from = Math.min(...ordered.map((e) => e.year));
  const to = Math.max(...ordered.map((e) => e.year));
  const top = o.padding + o.lineHeight / 2;
  const yOf = (year: number) => round(top + (year - from) * o.yearHeight);

  const streamCount = Math.max(0, ...ordered.map((e) => (e.stream ?? -1) + 1));
  const streamX = (stream: number) => o.axisX + o.columnGap * (stream + 1);
  const merger = ordered.find((e) => e.kind === 'merger');
  // UCLG's line continues the middle stream; the congresses stand on it, the rest in a column of their own.
  const trunkX = streamCount > 0 ? streamX(Math.floor((streamCount - 1) / 2)) : streamX(0);
  // The other events stand in a column just before the labels, so that the leaders of UCLG's
  // marks on the same year pass beside them, not through them.
  const otherX = streamX(Math.max(streamCount, 1)) + o.columnGap / 2;
  const labelX = otherX + o.columnGap - 2;
  const position = (event: TimelineEvent): { x: number; y: number } => {
    const y = yOf(event.year);
    if (event.stream !== undefined) return { x: streamX(event.stream), y };
    if (event.kind === 'merger' || event.kind === 'congress') return { x: trunkX, y };
    return { x: otherX, y };
  };
  const points = ordered.map(position);
  const labelYs = spread(points.map((p) => p.y), o.lineHeight, top).map(round);

  const marks: PositionedMark[] = ordered.map((event, index) => {
    const { x, y } = points[index]!;
    const text = `${event.year} ${event.label}`;
    // A label within half a unit of its mark stands level with it, its leader straight.
    const labelY = Math.abs(labelYs[index]! - y) < 0.5 ? y : labelYs[index]!;
    const shape = MARK_SHAPES[event.kind];
    const startX = round(x + MARK_EXTENT[shape] + 1.5);
    const endX = round(labelX - 4);
    // Straight from the mark to the start of its label: where labels are spread apart, the
    // leaders fan out from their marks and never run along one another.
    const leader = labelY === y ? `M${startX} ${y}H${endX}` : `M${startX} ${y}L${endX} ${labelY}`;
    const width = round(estimateTextWidth(text, o.fontSize));
    const reach = MARK_EXTENT[shape] + 1.5;
    const targets = [
      { x: round(x - reach), y: round(y - reach), width: 2 * reach, height: 2 * reach },
      { x: round(labelX - 3), y: round(labelY - o.lineHeight / 2), width: round(width + 6), height: o.lineHeight },
    ];
    return { event, shape, x, y, label: { x: labelX, y: labelY, text, width }, leader, targets };
  });

  const mergeY = merger ? yOf(merger.year) : undefined;
  const streams = Array.from({ length: streamCount }, (_, stream) => {
    const own = marks.filter((m) => m.event.stream === stream);
    const x = streamX(stream);
    const y1 = Math.min(...own.map((m) => m.y));
    if (mergeY === undefined) return `M${x} ${y1}V${Math.max(...own.map((m) => m.y))}`;
    // Straight down, then a short bend into UCLG's line at the merger.
    return x === trunkX ? `M${x} ${y1}V${mergeY}` : `M${x} ${y1}V${round(mergeY - o.columnGap)}L${trunkX} ${mergeY}`;
  });
  const onTrunk = marks.filter((m) => m.x === trunkX && m.event.stream === undefined);
  const trunk = mergeY === undefined ? undefined : { x: trunkX, y1: mergeY, y2: Math.max(mergeY, ...onTrunk.map((m) => m.y)) };

  const firstTick = Math.ceil(from / o.tickEvery) * o.tickEvery;
  const ticks = Array.from({ length: Math.max(0, Math.floor((to - firstTick) / o.tickEvery) + 1) }, (_, i) => firstTick + i * o.tickEvery).map((year) => ({ year, y: yOf(year) }));
  const bottom = Math.max(yOf(to), ...marks.map((m) => m.label.y + o.lineHeight / 2));
  return {
    width: Math.ceil(labelX + Math.max(...marks.map((m) => m.label.width)) + o.padding),
    height: Math.ceil(bottom + o.padding),
    from,
    to,
    axis: { x: o.axisX, y1: yOf(from), y2: yOf(to) },
    ticks,
    streams,
    ...(trunk ? { trunk } : {}),
    marks,
  };
}
