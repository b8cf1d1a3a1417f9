import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n';
import { readDataContent } from '../../../src/lib/content/read';
import { articlePlace, changeTargetLink } from '../../../src/lib/entries/change-targets';

const content = await readDataContent();

describe('the revision history’s links', () => {
  it('name a place in the article as a reader counts it', () => {
    expect(articlePlace('s3-p8', useTranslations('en'))).toBe('Section 3, paragraph 8');
    expect(articlePlace('s3-p8', useTranslations('ko'))).toBe('3절 8문단');
    expect(articlePlace('s3-h1', useTranslations('en'))).toBe('Section 3, sub-heading 1');
    expect(articlePlace('s1', useTranslations('ko'))).toBe('1절');
  });

  it('say what kind of thing each is and link its page', () => {
    expect(changeTargetLink({ article: 's3-p8' }, 'en', content)).toEqual({ href: '/en/article/#s3-p8', label: 'Section 3, paragraph 8' });
    expect(changeTargetLink({ organisation: 'c4' }, 'en', content, '/sub/')).toMatchObject({ href: '/sub/en/lineage/c4/', label: expect.stringMatching(/^Lineage: /) });
    expect(changeTargetLink({ body: 'c4' }, 'ko', content)).toMatchObject({ href: '/ko/organisation/#c4', label: expect.stringMatching(/^조직: /) });
    expect(changeTargetLink({ footnote: 6 }, 'en', content)).toEqual({ href: '/en/article/#fn-6', label: 'Footnote 6' });
    expect(changeTargetLink({ page: 'hague' }, 'ko', content).href).toBe('/ko/hague-agenda/');
    // A page whose short navigation label says too little alone is named by its title.
    expect(changeTargetLink({ page: 'organisation' }, 'en', content)).toEqual({ href: '/en/organisation/', label: "UCLG's organisation" });
    expect(changeTargetLink({ page: 'glossary' }, 'en', content).label).toBe('Glossary');
    expect(changeTargetLink({ reference: 'cemr-history' }, 'en', content).label).toBe('Works the editors consulted: CEMR, History');
    expect(changeTargetLink({ reference: 'herrschel-newman-2017' }, 'en', content).label).toMatch(/^References: /);
  });
});
