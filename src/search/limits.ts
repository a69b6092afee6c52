/**
 * How many reports a search may read in full to check a term with a break inside (a space or
 * ，。；：！？) against their text: each is a few KB fetched by the reader's browser. Past it the
 * page refuses the count rather than give one that is not exact. A build can set another with
 * SEARCH_MAX_VERIFY; the manifest carries the value the page applies.
 */
export const DEFAULT_MAX_VERIFY = 200;
