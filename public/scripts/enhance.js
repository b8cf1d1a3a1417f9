// Progressive enhancement, loaded on every page (< 1 KB). Pages work without it.
// 1. The language switch keeps the reader at the same paragraph: it carries the #fragment.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-language-switch]') : null;
  if (link && location.hash) link.setAttribute('href', link.getAttribute('href').split('#')[0] + location.hash);
});
