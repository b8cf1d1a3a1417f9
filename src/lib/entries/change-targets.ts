/**
 * Where each entry of the revision history links: what a correction affects, as a link with a
 * label in the reader's language. Tables, references, organisations and glossary terms resolve
 * as elsewhere on the site (links.ts); article blocks, footnotes, bodies, congresses and pages
 * by their own addresses. The ids were checked when the content was loaded.
 */
import { useTranslations, type UiKey } from '../../i18n';
import type { Lang } from '../../i18n/locales';
import { FIXED_PAGES } from '../../registry/sections';
import type { ChangeTarget } from '../../schemas/change';
import type { DataContent } from '../content/read';
import { entryPath, pagePath, withBase } from '../site/paths';
import { congressTitle } from './congress';
import { resolveLink, type LinkTargets } from './links';

export interface ChangeLink {
  href: string;
  label: string;
}

/** `s3` → Section 3, `s3-p8` → Section 3, paragraph 8, `s3-h1` → Section 3, sub-heading 1. */
export function articlePlace(id: string, t: ReturnType<typeof useTranslations>): string {
  const [, n, kind, p] = /^s(\d+)(?:-([ph])(\d+))?$/.exec(id) ?? [];
  if (!kind) return t('changes.target.section', { n: n ?? id });
  return t(kind === 'h' ? 'changes.target.heading' : 'changes.target.paragraph', { n: n ?? '', p: p ?? '' });
}

/** The link for one thing a correction affects. */
export function changeTargetLink(target: ChangeTarget, lang: Lang, content: DataContent, base = '/'): ChangeLink {
  const t = useTranslations(lang);
  const linkTargets: LinkTargets = {
    tables: content.tables.map((e) => ({ id: e.id, kind: e.data.kind, number: e.data.number, title: e.data.title })),
    references: content.references.map((e) => ({ id: e.id, citedAs: e.data.citedAs, title: e.data.title, citedBy: e.data.citedBy })),
    organisations: content.organisations.map((e) => ({ id: e.id, abbreviation: e.data.abbreviation, name: e.data.name })),
    glossary: content.glossary.map((e) => ({ id: e.id, term: e.data.term })),
  };
  const link = (id: string, key?: UiKey) => {
    const { href, label } = resolveLink(id, lang, linkTargets, base);
    return { href, label: key ? t(key, { name: label }) : label };
  };
  if ('article' in target) return { href: withBase(base, pagePath(lang, 'article', target.article)), label: articlePlace(target.article, t) };
  if ('footnote' in target) return { href: withBase(base, pagePath(lang, 'article', `fn-${target.footnote}`)), label: t('changes.target.footnote', { n: target.footnote }) };
  if ('glossary' in target) return link(target.glossary, 'changes.target.glossary');
  if ('organisation' in target) return link(target.organisation, 'changes.target.organisation');
  if ('table' in target) return link(target.table);
  if ('reference' in target) {
    const byEditors = content.references.find((r) => r.id === target.reference)?.data.citedBy === 'editors';
    return link(target.reference, byEditors ? 'changes.target.editorsSource' : 'changes.target.reference');
  }
  if ('body' in target) {
    const body = content.bodies.find((b) => b.id === target.body)!;
    return { href: withBase(base, pagePath(lang, 'organisation', body.id)), label: t('changes.target.body', { name: body.data.name[lang] }) };
  }
  if ('congress' in target) {
    const congress = content.congresses.find((c) => c.id === target.congress)!;
    return { href: withBase(base, entryPath(lang, 'congresses', congress.id)), label: congressTitle(congress.data, lang) };
  }
  const page = FIXED_PAGES.find((p) => p.key === target.page)!;
  return { href: withBase(base, pagePath(lang, page.key)), label: t(page.title ?? page.label) };
}
