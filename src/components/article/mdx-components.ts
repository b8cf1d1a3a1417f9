// The components an article section may use without importing them (see docs/content-format.md).
import Fn from './Fn.astro';
import Ref from './Ref.astro';
import Term from './Term.astro';
import Sic from './Sic.astro';
import XRef from './XRef.astro';
import TableBlock from './TableBlock.astro';
import FigureBlock from './FigureBlock.astro';
import MissionBox from './MissionBox.astro';

export const mdxComponents = { Fn, Ref, Term, Sic, XRef, TableBlock, FigureBlock, MissionBox };
