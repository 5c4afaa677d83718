package dev.mailroom.search.internal.lucene;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Builds snippets: the stretch of a message's stored text with the most query words, those words
 * marked. It reads the words straight from the text and compares them, folded and stemmed the way
 * the index does, with the query's terms; re-running the whole analysis per hit, as Lucene's
 * highlighters do, cost more than the search itself.
 */
final class Snippets {

    static final String START = "<mark>";
    static final String END = "</mark>";

    /** Characters of text around the matches. */
    static final int WINDOW = 200;

    private static final Set<String> TEXT_FIELDS = Set.of(Fields.SUBJECT, Fields.BODY, Fields.QUOTED, Fields.ATTACHMENT_TEXT,
            Fields.FILE_TEXT);

    private record Match(int start, int end) {}

    /** The query's words: exact terms, and patterns for prefix queries. */
    static final class Words extends QueryVisitor {
        final Set<String> terms = new HashSet<>();
        /** The first two characters of every term: a word that starts otherwise cannot match. */
        final Set<String> starts = new HashSet<>();
        final List<ByteRunAutomaton> patterns = new ArrayList<>();

        @Override
        public boolean acceptField(String field) {
            return TEXT_FIELDS.contains(field);
        }

        @Override
        public void consumeTerms(Query query, Term... ts) {
            for (Term t : ts) {
                String text = t.text();
                terms.add(text);
                starts.add(text.length() <= 2 ? text : text.substring(0, 2));
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            patterns.add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
        }

        boolean matches(String folded, PorterStemmer stemmer) {
            if (terms.contains(folded)) {
                return true;
            }
            // stemming changes endings only, so a word whose start no term shares needs no stemming
            if (patterns.isEmpty() && !starts.contains(folded.length() <= 2 ? folded : folded.substring(0, 2))) {
                return false;
            }
            stemmer.setCurrent(folded);
            stemmer.stem();
            if (terms.contains(stemmer.getCurrent())) {
                return true;
            }
            if (!patterns.isEmpty()) {
                BytesRef bytes = new BytesRef(folded);
                for (ByteRunAutomaton p : patterns) {
                    if (p.run(bytes.bytes, bytes.offset, bytes.length)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The words of a query to mark. */
    static Words words(Query query) {
        Words words = new Words();
        query.visit(words);
        return words;
    }

    /** Only this much of a text is searched for the best stretch. */
    static final int SCAN = 2_000;

    private final PorterStemmer stemmer = new PorterStemmer();

    /** Not thread-safe (the stemmer keeps state): callers hold one per search. */
    synchronized String snippet(String text, Words words) {
        return snippet(text.length() > SCAN ? text.substring(0, SCAN) : text, words, stemmer);
    }

    static String snippet(String text, Words words, PorterStemmer stemmer) {
        List<Match> matches = find(text, words, stemmer);
        int from = 0;
        if (!matches.isEmpty()) {
            int best = 0;
            int bestCount = 0;
            for (int i = 0; i < matches.size(); i++) {
                int count = 0;
                for (int j = i; j < matches.size() && matches.get(j).end() <= matches.get(i).start() + WINDOW; j++) {
                    count++;
                }
                if (count > bestCount) {
                    best = i;
                    bestCount = count;
                }
            }
            from = Math.max(0, matches.get(best).start() - 40);
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
        }
        int to = Math.min(text.length(), from + WINDOW);
        while (to < text.length() && to < from + WINDOW + 30 && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        StringBuilder b = new StringBuilder(to - from + 32);
        if (from > 0) {
            b.append("… ");
        }
        int at = from;
        for (Match m : matches) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            escape(text, at, m.start(), b);
            b.append(START);
            escape(text, m.start(), m.end(), b);
            b.append(END);
            at = m.end();
        }
        escape(text, at, to, b);
        if (to < text.length()) {
            b.append(" …");
        }
        return b.toString().strip();
    }

    private static List<Match> find(String text, Words words, PorterStemmer stemmer) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        int length = text.length();
        // the stretch shown starts a little before the first match: nothing beyond it can be shown
        int limit = length;
        while (i < limit) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || isCjk(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(text.charAt(i)) && !isCjk(text.charAt(i))) {
                i++;
            }
            if (words.matches(Folding.fold(text.substring(start, i)), stemmer)) {
                if (out.isEmpty()) {
                    limit = Math.min(length, start + WINDOW);
                }
                out.add(new Match(start, i));
            }
        }
        for (String t : words.terms) {
            if (!t.isEmpty() && isCjk(t.charAt(0))) {
                for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
                    out.add(new Match(at, at + t.length()));
                }
            }
        }
        if (out.size() > 1) {
            out.sort(java.util.Comparator.comparingInt(Match::start));
            List<Match> merged = new ArrayList<>();
            for (Match m : out) {
                if (!merged.isEmpty() && m.start() < merged.getLast().end()) {
                    Match last = merged.removeLast();
                    merged.add(new Match(last.start(), Math.max(last.end(), m.end())));
                } else {
                    merged.add(m);
                }
            }
            return merged;
        }
        return out;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    /** Appends text HTML-escaped, with every run of white space as one space. */
    private static void escape(String text, int from, int to, StringBuilder b) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (b.isEmpty() || b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                continue;
            }
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }
}
