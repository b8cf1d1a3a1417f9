// The components article sections use without importing them: one file here per entry of
// registry/mdx-components.ts, found by name, so the registry and this folder cannot disagree.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { MDX_COMPONENTS, type MdxComponentName } from '../../registry/mdx-components';

const files = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

export const mdxComponents = Object.fromEntries(
  (Object.keys(MDX_COMPONENTS) as MdxComponentName[]).map((name) => {
    const file = files[`./${name}.astro`];
    if (!file) throw new Error(`registry/mdx-components.ts lists <${name}>, but src/components/mdx/${name}.astro does not exist`);
    return [name, file.default];
  }),
) as Record<MdxComponentName, AstroComponentFactory>;
