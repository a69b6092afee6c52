declare namespace App {
  interface Locals {
    /** The script a page is first shown in; `Hant` pages are converted by src/middleware.ts. */
    script?: 'Hans' | 'Hant';
  }
}
