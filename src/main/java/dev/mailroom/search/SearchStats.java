package dev.mailroom.search;

/**
 * How complete the search index is.
 *
 * @param documents messages in the index
 * @param embedded messages with an embedding
 * @param indexedUpTo every message up to this id is indexed
 * @param lastMessageId the highest message id in the store
 * @param sizeBytes the index's size on disk
 */
public record SearchStats(long documents, long embedded, long indexedUpTo, long lastMessageId, long sizeBytes) {}
