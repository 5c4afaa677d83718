package dev.mailroom.search.internal.embed;

/** Placeholder until the real one lands. */
public final class EmbeddingText {
    private EmbeddingText() {}

    public static String of(String subject, String body) {
        String s = ((subject == null ? "" : subject) + "\n" + (body == null ? "" : body)).replaceAll("\\s+", " ").strip();
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    public static String query(String q) {
        return q.replaceAll("\\s+", " ").strip();
    }
}
