package dev.mailroom.demo;

import dev.mailroom.ingest.MessageFlag;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Collects the demo messages as the kind-specific writers produce them: hands out times relative to
 * the clock, Message-IDs and MIME boundaries from one seeded {@link Random}, and keeps the flags.
 */
final class MailboxAssembler {

    /** Fixed so that the same clock always gives the same bytes. */
    private static final long SEED = 0x6D61696C726F6FL;

    private final Instant now;
    private final ZoneId zone;
    private final Random random = new Random(SEED);
    private final Map<String, Registered> messages = new LinkedHashMap<>();
    private final Map<String, List<String>> references = new HashMap<>();

    record Registered(byte[] bytes, DemoMessage draft, Set<MessageFlag> flags) {}

    MailboxAssembler(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    Instant now() {
        return now;
    }

    ZoneId zone() {
        return zone;
    }

    Random random() {
        return random;
    }

    LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    /** The user's local time {@code days} ago at hour:minute, moved into the past if it is not yet. */
    Instant at(int days, int hour, int minute) {
        Instant wanted = today().minusDays(days).atTime(hour, minute, random.nextInt(60)).atZone(zone).toInstant();
        Instant latest = now.minus(Duration.ofMinutes(3));
        return wanted.isAfter(latest) ? latest.minus(Duration.ofMinutes(random.nextInt(90))) : wanted;
    }

    /** A plausible waking-hours time {@code days} ago. */
    Instant around(int days) {
        return at(days, 7 + random.nextInt(15), random.nextInt(60));
    }

    ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    int pick(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    MailBuilder mail(Person from) {
        return new MailBuilder(this, from);
    }

    String newMessageId(String domain) {
        String left = Long.toString(Math.abs(random.nextLong()), 36) + "." + Integer.toString(random.nextInt(1 << 20), 36);
        return "<" + left + "@" + domain + ">";
    }

    String newBoundary() {
        return "----=_Part_" + Integer.toString(random.nextInt(1_000_000)) + "_" + Long.toHexString(random.nextLong());
    }

    List<String> referencesOf(String messageId) {
        List<String> chain = new ArrayList<>(references.getOrDefault(messageId, List.of()));
        chain.add(messageId);
        return chain;
    }

    void register(byte[] bytes, DemoMessage draft, List<String> refs, Set<MessageFlag> flags) {
        if (messages.containsKey(draft.messageId())) {
            throw new IllegalStateException("Duplicate demo Message-ID " + draft.messageId());
        }
        references.put(draft.messageId(), List.copyOf(refs));
        messages.put(draft.messageId(), new Registered(bytes, draft, EnumSet.copyOf(withNone(flags))));
    }

    /** Marks a message as answered, as a client does when the user replies. */
    void markAnswered(String messageId) {
        Registered registered = messages.get(messageId);
        if (registered != null && !"Sent".equals(registered.draft().folder())) {
            registered.flags().add(MessageFlag.ANSWERED);
            registered.flags().add(MessageFlag.SEEN);
        }
    }

    /** The flags a client would show for mail of this age: recent mail unread, older mail read. */
    Set<MessageFlag> defaultFlags(Instant date, DemoCategory category) {
        Duration age = Duration.between(date, now);
        boolean unread = age.toHours() < 36
                || (category == DemoCategory.PROMOTIONS && random.nextInt(3) == 0)
                || (category == DemoCategory.SPAM && random.nextInt(2) == 0);
        return unread ? EnumSet.noneOf(MessageFlag.class) : EnumSet.of(MessageFlag.SEEN);
    }

    /** Everything registered, oldest first. */
    List<Registered> sorted() {
        List<Registered> all = new ArrayList<>(messages.values());
        all.sort((a, b) -> a.draft().date().compareTo(b.draft().date()));
        return all;
    }

    private static Set<MessageFlag> withNone(Set<MessageFlag> flags) {
        return flags.isEmpty() ? EnumSet.noneOf(MessageFlag.class) : flags;
    }
}
