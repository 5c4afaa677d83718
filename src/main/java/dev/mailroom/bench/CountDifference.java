package dev.mailroom.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A query for which Mailroom and a peer count a different number of matching messages: a pointer to
 * check, since the two analyse text differently (stemming, address parts, HTML) and some
 * translations cannot be exact.
 *
 * @param query the query in Mailroom's language
 * @param peerQuery the query as given to the peer
 * @param mailroom how many messages Mailroom finds
 * @param peer how many messages the peer finds
 */
public record CountDifference(String query, String peerQuery, long mailroom, long peer) {

    /** Counts within this fraction of the larger one agree. */
    static final double AGREEING = 0.10;

    /** How far apart the two counts are, as the ratio of the larger to the smaller, each plus one. */
    public double factor() {
        return (Math.max(mailroom, peer) + 1.0) / (Math.min(mailroom, peer) + 1.0);
    }

    /** Whether the counts are within 10% of each other. */
    public boolean agrees() {
        return Math.abs(mailroom - peer) <= AGREEING * Math.max(mailroom, peer);
    }

    /**
     * Every query both counted (the peer's count not -1), the widest differences first (by {@link
     * #factor}, then by the size of the difference).
     */
    public static List<CountDifference> compare(Map<String, Long> mailroom, Map<String, Long> peer, Map<String, String> translations) {
        List<CountDifference> out = new ArrayList<>();
        peer.forEach((query, count) -> {
            Long ours = mailroom.get(query);
            if (ours != null && count >= 0) {
                out.add(new CountDifference(query, translations.get(query), ours, count));
            }
        });
        out.sort(Comparator.comparingDouble(CountDifference::factor).reversed()
                .thenComparing(Comparator.comparingLong((CountDifference d) -> Math.abs(d.mailroom() - d.peer())).reversed()));
        return out;
    }
}
