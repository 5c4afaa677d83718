package dev.mailroom.search.query;

/** A state a message can be in, asked for with {@code is:} or {@code has:}. */
public enum MessageState {
    /** Not yet read ({@code is:unread}). */
    UNREAD,
    /** Read ({@code is:read}, {@code is:seen}). */
    READ,
    /** Flagged ({@code is:flagged}, {@code is:starred}, {@code is:important}). */
    FLAGGED,
    /** Not flagged ({@code is:unflagged}, {@code is:unstarred}). */
    UNFLAGGED,
    /** Answered ({@code is:replied}, {@code is:answered}). */
    REPLIED,
    /** A draft ({@code is:draft}). */
    DRAFT,
    /** Marked as deleted ({@code is:deleted}, {@code is:trashed}). */
    DELETED,
    /** Forwarded ({@code is:forwarded}, {@code is:passed}). */
    FORWARDED,
    /** Has at least one attachment ({@code has:attachment}). */
    HAS_ATTACHMENT
}
