package dev.mailroom.extract.internal.reading;

import java.util.List;

/** Finds which of a fixed list of lower-case phrases occur in a lower-case text, each once. */
final class Phrases {

    private Phrases() {}

    /**
     * Whether {@code phrase} occurs in {@code text} starting at a word start; Chinese and Japanese,
     * written without spaces, have no word starts to look for, so a phrase in them counts anywhere, as
     * does one that opens with a sign.
     */
    static boolean has(String text, String phrase) {
        int from = 0;
        boolean unspaced = !phrase.isEmpty() && unspaced(phrase.charAt(0));
        while (true) {
            int i = text.indexOf(phrase, from);
            if (i < 0) {
                return false;
            }
            if (unspaced || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || compoundTail(text, i, phrase)) {
                return true;
            }
            from = i + 1;
        }
    }

    /** German nouns that end compounds: "Stromrechnung", "Zahlungsquittung". */
    private static final java.util.Set<String> COMPOUND_TAILS = java.util.Set.of("rechnung", "quittung");

    /**
     * Whether {@code phrase} at {@code i} ends a German compound: "Stromrechnung" is a bill, though
     * "Berechnung" (a calculation) is not.
     */
    private static boolean compoundTail(String text, int i, String phrase) {
        return COMPOUND_TAILS.contains(phrase) && !(i >= 2 && text.startsWith("be", i - 2));
    }

    private static boolean unspaced(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return true; // a phrase that opens with a sign ("% off") starts no word: "60% off" has it
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        // Korean writes compounds and particles onto its nouns ("샛별배송이 완료"), so a phrase counts inside a word too
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** The first of {@code phrases} that occurs in {@code text} at a word start, or null. */
    static String first(String text, List<String> phrases) {
        for (String p : phrases) {
            if (has(text, p)) {
                return p;
            }
        }
        return null;
    }

    /** Where {@code phrase} next occurs at a word start from {@code from}, or -1. */
    static int find(String text, String phrase, int from) {
        boolean unspaced = !phrase.isEmpty() && unspaced(phrase.charAt(0));
        while (true) {
            int i = text.indexOf(phrase, from);
            if (i < 0 || unspaced || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || compoundTail(text, i, phrase)) {
                return i;
            }
            from = i + 1;
        }
    }
}
