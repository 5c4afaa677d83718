package dev.mailroom.search.internal.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Builds snippets: the best passage of the stored body with the matching words marked. */
final class Snippets {

    static final String START = "<mark>";
    static final String END = "</mark>";

    /** How much of a stored body the highlighter reads for the best passage. */
    static final int SNIPPET_SCAN_CHARS = 2_000;

    private final MailAnalyzer analyzer = new MailAnalyzer(MailAnalyzer.Mode.INDEX);

    String[] build(IndexSearcher searcher, Query query, ScoreDoc[] docs, int n) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(START, END, "… ", true))
                .withMaxLength(SNIPPET_SCAN_CHARS)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .build();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = docs[i].doc;
        }
        // the highlighter wants doc ids in order; map the answers back to rank order
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = ids[order[i]];
        }
        java.util.Map<String, String[]> byField = highlighter.highlightFields(
                new String[] {Fields.BODY, Fields.QUOTED}, query, sorted, new int[] {1, 1});
        String[] bodies = byField.get(Fields.BODY);
        String[] quoted = byField.get(Fields.QUOTED);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            String s = bodies[i] != null ? bodies[i] : quoted[i];
            out[order[i]] = s == null ? "" : tidy(s);
        }
        return out;
    }

    private static String tidy(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
