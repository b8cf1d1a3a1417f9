/**
 * Makes a mermaid SVG fit the site: its own <style> (fixed colours) is removed so the page's
 * stylesheet colours it from the theme's custom properties, in light and dark; fixed pixel
 * sizes give way to the viewBox so it scales to its container.
 */
export function cleanDiagramSvg(svg: string, lang: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="max-width:[^"]*"/, '')
    .replace(/<svg /, `<svg lang="${lang}" focusable="false" aria-hidden="true" `)
    .replace(/ aria-roledescription="[^"]*"/, '')
    .replace(/ role="graphics-document document"/, '');
}
