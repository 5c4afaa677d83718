package dev.mailroom.search;

import java.util.List;

/**
 * A page of hits from a {@link SearchIndex}.
 *
 * @param total how many messages match
 * @param hits the best hits, best first
 */
public record IndexHits(long total, List<IndexHit> hits) {

    public IndexHits {
        hits = List.copyOf(hits);
    }
}
