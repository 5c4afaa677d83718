package dev.mailroom.search.query;

public enum MessageState { UNREAD, READ, FLAGGED, UNFLAGGED, REPLIED, DRAFT, DELETED, FORWARDED, HAS_ATTACHMENT }
