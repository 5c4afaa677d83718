package dev.mailroom.search.internal.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Text analysis for mail: Unicode word breaking, width, case and accent folding, CJK text as
 * overlapping bigrams, and English stemming. The index keeps every word both as written and stemmed
 * (at the same position), so a query can ask for either: lower-case query words match any form of
 * the word, while capitalised ones (names) match only as written, so that "Wells" does not find
 * "well".
 */
final class MailAnalyzer extends Analyzer {

    /** What the analyzer emits. */
    enum Mode {
        /** Both forms of every word, for indexing. */
        INDEX,
        /** The stemmed form only, for lower-case query words. */
        STEMMED,
        /** The form as written (folded), for names and prefixes. */
        EXACT
    }

    /** Words longer than this are noise (base64, hashes) and are not indexed. */
    private static final int MAX_TOKEN = 64;

    private final Mode mode;

    MailAnalyzer(Mode mode) {
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(255);
        TokenStream ts = new LengthFilter(source, 1, MAX_TOKEN);
        // host names, file names and dotted words ("lists.sourceforge.net") are kept whole and in parts
        ts = new PartsFilter(ts);
        ts = new CJKWidthFilter(ts);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        ts = new EnglishPossessiveFilter(ts);
        switch (mode) {
            case INDEX -> {
                ts = new KeywordRepeatFilter(ts);
                ts = new PorterStemFilter(ts);
                ts = new RemoveDuplicatesTokenFilter(ts);
            }
            case STEMMED -> ts = new PorterStemFilter(ts);
            case EXACT -> { }
        }
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }
}
