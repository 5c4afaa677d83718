package dev.mailroom.search.internal.lucene;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps a dotted or underscored word ({@code lists.sourceforge.net}, {@code report_2024}) and adds
 * its parts at the same position, so that a part finds the whole. Cheaper than Lucene's word
 * delimiter filter, which makes a token graph that must then be flattened; parts at one position
 * mean a phrase can hold the whole word or one of its parts, which is what mail searches need.
 */
final class PartsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> parts = new ArrayDeque<>();
    private State whole;

    PartsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            restoreState(whole);
            term.setEmpty().append(parts.poll());
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        boolean delimited = false;
        for (int i = 0; i < length && !delimited; i++) {
            delimited = isDelimiter(buffer[i]);
        }
        if (delimited) {
            int from = 0;
            for (int i = 0; i <= length; i++) {
                if (i == length || isDelimiter(buffer[i])) {
                    if (i > from) {
                        parts.add(new String(buffer, from, i - from));
                    }
                    from = i + 1;
                }
            }
            whole = captureState();
        }
        return true;
    }

    private static boolean isDelimiter(char c) {
        return c == '.' || c == '_' || c == '@';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
        whole = null;
    }
}
