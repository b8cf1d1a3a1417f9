// What a page's render keeps in Astro.locals, shared by its components.
declare namespace App {
  interface Locals {
    /** Editorial notes whose text a mark on this page has already shown, as `lang:id` (SicMark). */
    shownNotes?: Set<string>;
    /** How many editorial-note marks the page has rendered so far: numbers their previews' ids (SicMark). */
    sicMarks?: number;
  }
}
