// Marks the section being read in the article's contents: see layouts/Article.astro.
const links = [...document.querySelectorAll('.toc a')];
const reached = {};
let current;
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) reached[entry.target.id] = entry.isIntersecting;
    current?.removeAttribute('aria-current');
    current = links.findLast((a) => reached[a.hash.slice(1)]);
    current?.setAttribute('aria-current', 'true');
  },
  { rootMargin: '99999px 0px -67% 0px' },
);
for (const a of links) {
  const target = document.getElementById(a.hash.slice(1));
  if (target) observer.observe(target);
}
