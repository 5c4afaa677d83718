package dev.mailroom.search;

/** How results are ordered. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest first. */
    NEWEST,
    /** Oldest first. */
    OLDEST
}
