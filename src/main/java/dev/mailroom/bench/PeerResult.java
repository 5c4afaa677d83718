package dev.mailroom.bench;

/**
 * How a peer indexer did on a Maildir.
 *
 * @param name the peer ({@code notmuch}, {@code mu})
 * @param available whether it ran to completion; false when it is not installed or failed
 * @param seconds wall-clock time of the indexing run alone (not set-up or counting), 0 when not run
 * @param messages how many messages the peer says it indexed, 0 when not run
 * @param note its version, index size and peak memory on success; why not otherwise
 * @param search how to search the database it built, when the database was kept; {@code null} when
 *     it was deleted after the run or the run failed
 */
public record PeerResult(String name, boolean available, double seconds, long messages, String note, PeerSearch search) {

    /** A result whose database was not kept. */
    public PeerResult(String name, boolean available, double seconds, long messages, String note) {
        this(name, available, seconds, messages, note, null);
    }

    /** A peer that did not run, for the reason given. */
    public static PeerResult unavailable(String name, String why) {
        return new PeerResult(name, false, 0, 0, why);
    }

    /** Messages indexed per second, 0 when it did not run. */
    public double messagesPerSecond() {
        return available && seconds > 0 ? messages / seconds : 0;
    }
}
