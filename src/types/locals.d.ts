// What a page's render keeps in Astro.locals, shared by its components.
declare namespace App {
  interface Locals {
    /** Editorial notes whose text a mark on this page has already shown (SicMark). */
    shownNotes?: Set<string>;
  }
}
