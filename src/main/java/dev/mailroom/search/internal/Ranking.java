package dev.mailroom.search.internal;

import dev.mailroom.search.IndexHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reciprocal rank fusion of several rankings of the same messages. */
public final class Ranking {

    /** The usual constant of reciprocal rank fusion: it damps the weight of the very first ranks. */
    static final int K = 60;

    private Ranking() {}

    /** Fuses rankings: a message scores the sum of {@code 1 / (K + rank)} over the rankings it is in. */
    public static List<IndexHit> fuse(List<List<IndexHit>> rankings, int limit) {
        Map<Long, IndexHit> first = new LinkedHashMap<>();
        Map<Long, Double> score = new LinkedHashMap<>();
        for (List<IndexHit> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                IndexHit h = ranking.get(rank);
                score.merge(h.id(), 1.0 / (K + rank + 1), Double::sum);
                IndexHit known = first.get(h.id());
                if (known == null || known.snippet() == null || (known.snippet().indexOf("<mark>") < 0
                        && h.snippet() != null && h.snippet().contains("<mark>"))) {
                    first.put(h.id(), h);
                }
            }
        }
        List<IndexHit> out = new ArrayList<>();
        for (Map.Entry<Long, Double> e : score.entrySet()) {
            IndexHit h = first.get(e.getKey());
            out.add(new IndexHit(h.id(), e.getValue().floatValue(), h.messageId(), h.threadId(), h.subject(), h.from(), h.dateMillis(),
                    h.snippet()));
        }
        out.sort(Comparator.comparingDouble((IndexHit h) -> -h.score()).thenComparingLong(IndexHit::id));
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
