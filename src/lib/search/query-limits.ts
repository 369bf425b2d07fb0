/**
 * How long a query must be, and may be, to be searched. A module of its own so the search
 * box and results page can read the limit without loading the search engine with the page.
 */

/** Longer queries are cut: nobody types more, and the cost grows with length. */
export const MAX_QUERY_LENGTH = 80;
/** One letter matches almost everything, so searching starts at two. */
export const MIN_QUERY_LENGTH = 2;
