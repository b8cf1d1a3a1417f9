// Marks the section being read in the article's contents: see layouts/Article.astro.
const links = [];
const targets = [];
const reached = [];
let current;
for (const a of document.querySelectorAll('.toc a')) {
  const target = document.getElementById(a.hash.slice(1));
  if (target) links.push(a), targets.push(target);
}
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) reached[targets.indexOf(entry.target)] = entry.isIntersecting;
    current?.removeAttribute('aria-current');
    (current = links[reached.lastIndexOf(true)])?.setAttribute('aria-current', 'true');
  },
  { rootMargin: '99999px 0px -67% 0px' },
);
for (const target of targets) observer.observe(target);
