package dev.mailroom.search;

/** How a query is matched. */
public enum SearchMode {
    /** Words, phrases and fields against the full-text index (BM25). */
    KEYWORD,
    /** Meaning: the query's sentence embedding against the messages' embeddings. */
    SEMANTIC,
    /** Keyword and semantic rankings fused by reciprocal rank fusion. */
    HYBRID
}
