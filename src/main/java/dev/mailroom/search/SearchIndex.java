package dev.mailroom.search;

import dev.mailroom.search.query.QueryNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The full-text and vector index of messages. The embedded implementation is Lucene in the data
 * dir; a cluster one (OpenSearch) can come later, so nothing here names Lucene. Writes become
 * visible to searches of the same instance at once (near-real-time) and durable, to other processes
 * too, at {@link #commit}.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds documents, replacing any with the same id. */
    void upsert(List<IndexDocument> documents);

    /**
     * Adds documents known to be new: faster than {@link #upsert}, but a document whose id is
     * already indexed would then be there twice. Only for messages stored after the index caught up.
     */
    void add(List<IndexDocument> documents);

    /** Removes documents by id. */
    void delete(Collection<Long> ids);

    /** Removes every document and resets {@link #indexedUpTo()} to 0. */
    void clear();

    /**
     * Makes every write so far durable, recording that every message with an id up to
     * {@code indexedUpTo} is indexed. After a crash the index is as of the last commit.
     */
    void commit(long indexedUpTo);

    /** The id recorded by the last commit: messages with a higher id may be missing. */
    long indexedUpTo();

    /**
     * Finds messages.
     *
     * @param query the parsed query
     * @param threadMembers the ids of a thread's messages, for {@code thread:} terms
     * @param sort the order
     * @param limit how many hits to return at most
     * @param snippets whether to build snippets
     */
    IndexHits search(QueryNode query, LongFunction<long[]> threadMembers, SortOrder sort, int limit, boolean snippets);

    /**
     * Finds the messages whose embedding is nearest to {@code vector}, among those matching
     * {@code filter}.
     */
    IndexHits nearest(float[] vector, QueryNode filter, LongFunction<long[]> threadMembers, int k, boolean snippets);

    /** Ids above {@code afterId} of up to {@code limit} documents that have no embedding yet, ascending. */
    List<Long> withoutEmbedding(long afterId, int limit);

    /** The stored embedding of a message, if it has one. */
    Optional<float[]> embedding(long id);

    /** How many documents the index holds. */
    long count();

    /** How many documents have an embedding. */
    long embeddedCount();

    /** The size of the index on disk, in bytes. */
    long sizeBytes();

    @Override
    void close();
}
