package dev.mailroom.search.internal.lucene;

import dev.mailroom.search.query.Field;
import dev.mailroom.search.query.MessageState;
import dev.mailroom.search.query.QueryNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a parsed {@link QueryNode} into a Lucene query. Free words must each match somewhere (the
 * subject weighs most, quoted text and attachments least); fields, flags, dates and sizes filter
 * without changing scores.
 */
final class QueryTranslator {

    /** Weights of the text fields a free word is looked up in. */
    private static final List<Weighted> ANY_TEXT = List.of(
            new Weighted(Fields.SUBJECT, 2.0f), new Weighted(Fields.BODY, 1.0f), new Weighted(Fields.QUOTED, 0.3f),
            new Weighted(Fields.FILE_TEXT, 1.0f), new Weighted(Fields.ATTACHMENT_TEXT, 0.5f));
    private static final List<Weighted> BODY_TEXT = List.of(new Weighted(Fields.BODY, 1.0f), new Weighted(Fields.QUOTED, 0.3f));
    private static final List<String> ANY_ADDRESS = List.of(Fields.FROM, Fields.TO, Fields.CC);

    private record Weighted(String field, float boost) {}

    private final Analyzer stemmed = new MailAnalyzer(MailAnalyzer.Mode.STEMMED);
    private final Analyzer exact = new MailAnalyzer(MailAnalyzer.Mode.EXACT);
    private final LongFunction<long[]> threadMembers;

    QueryTranslator(LongFunction<long[]> threadMembers) {
        this.threadMembers = threadMembers;
    }

    Query translate(QueryNode node) {
        return switch (node) {
            case QueryNode.All a -> new MatchAllDocsQuery();
            case QueryNode.Words w -> words(w);
            case QueryNode.Flag f -> flag(f.state());
            case QueryNode.DateRange d -> LongPoint.newRangeQuery(Fields.DATE,
                    d.from() == null ? Long.MIN_VALUE : d.from().toEpochMilli(),
                    d.to() == null ? Long.MAX_VALUE : d.to().toEpochMilli() - 1);
            case QueryNode.SizeRange s -> LongPoint.newRangeQuery(Fields.SIZE,
                    s.min() == null ? Long.MIN_VALUE : s.min(), s.max() == null ? Long.MAX_VALUE : s.max() - 1);
            case QueryNode.Not n -> new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.FILTER).add(translate(n.node()), Occur.MUST_NOT).build();
            case QueryNode.And a -> and(a.nodes());
            case QueryNode.Or o -> or(o.nodes());
        };
    }

    private Query and(List<QueryNode> nodes) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryNode n : nodes) {
            if (n instanceof QueryNode.Not not) {
                b.add(translate(not.node()), Occur.MUST_NOT);
            } else {
                b.add(translate(n), scores(n) ? Occur.MUST : Occur.FILTER);
                positive = true;
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return b.build();
    }

    private Query or(List<QueryNode> nodes) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (QueryNode n : nodes) {
            b.add(translate(n), Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
    }

    /** Whether a node ranks (free text) rather than only filters. */
    private static boolean scores(QueryNode n) {
        return switch (n) {
            case QueryNode.Words w -> w.field() == Field.ANY || w.field() == Field.SUBJECT || w.field() == Field.BODY;
            case QueryNode.And a -> a.nodes().stream().anyMatch(QueryTranslator::scores);
            case QueryNode.Or o -> o.nodes().stream().anyMatch(QueryTranslator::scores);
            default -> false;
        };
    }

    private Query flag(MessageState state) {
        return switch (state) {
            case UNREAD -> not(term(Fields.FLAG, "seen"));
            case READ -> term(Fields.FLAG, "seen");
            case FLAGGED -> term(Fields.FLAG, "flagged");
            case UNFLAGGED -> not(term(Fields.FLAG, "flagged"));
            case REPLIED -> term(Fields.FLAG, "answered");
            case DRAFT -> term(Fields.FLAG, "draft");
            case DELETED -> term(Fields.FLAG, "deleted");
            case FORWARDED -> term(Fields.FLAG, "passed");
            case HAS_ATTACHMENT -> term(Fields.FLAG, Fields.ATTACHMENT_FLAG);
        };
    }

    private Query words(QueryNode.Words w) {
        String text = w.text().strip();
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        return switch (w.field()) {
            case ANY -> text(text, w.phrase(), ANY_TEXT, ANY_ADDRESS);
            case SUBJECT -> text(text, w.phrase(), List.of(new Weighted(Fields.SUBJECT, 1.0f)), List.of());
            case BODY -> text(text, w.phrase(), BODY_TEXT, List.of());
            case FROM -> address(Fields.FROM, text);
            case TO -> address(Fields.TO, text);
            case CC -> address(Fields.CC, text);
            case BCC -> address(Fields.BCC, text);
            case FILENAME -> filename(text);
            case FOLDER -> keyword(Fields.FOLDER, text);
            case ACCOUNT -> keyword(Fields.ACCOUNT, text);
            case LIST -> keyword(Fields.LIST, text);
            case MESSAGE_ID -> term(Fields.MSGID, stripBrackets(text));
            case THREAD -> thread(text);
        };
    }

    private Query text(String text, boolean phrase, List<Weighted> fields, List<String> addressFields) {
        if (!phrase && text.endsWith("*") && text.length() > 1 && !text.substring(0, text.length() - 1).contains(" ")) {
            return prefix(Folding.fold(text.substring(0, text.length() - 1)), fields, addressFields);
        }
        // Names and quoted phrases keep their form: a word typed with a capital, or a phrase, is
        // matched as written (the index holds every word as written too); other words are stemmed.
        Analyzer analyzer = phrase || Character.isUpperCase(text.codePointAt(0)) ? exact : stemmed;
        List<String> fieldNames = fields.stream().map(Weighted::field).toList();
        if (phrase) {
            List<Query> perField = new ArrayList<>();
            for (Weighted f : fields) {
                Query q = phrase(analyzer, f.field(), text);
                if (q != null) {
                    perField.add(new BoostQuery(q, f.boost()));
                }
            }
            if (!addressFields.isEmpty()) {
                for (String a : addressFields) {
                    perField.add(address(a, text));
                }
            }
            return perField.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(perField, 0.1f);
        }
        List<Token> tokens = analyze(analyzer, fieldNames.getFirst(), text);
        if (tokens.isEmpty()) {
            return addressFields.isEmpty() ? new MatchNoDocsQuery() : anyAddress(text, addressFields);
        }
        if (tokens.size() > 1 && tokens.stream().anyMatch(t -> t.increment() > 0) && !addressFields.isEmpty()
                && (text.contains("@") || text.contains("."))) {
            // an address or domain typed as a free word: match it whole in the address fields too
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(allTokens(tokens, fields, List.of()), Occur.SHOULD);
            b.add(anyAddress(text, addressFields), Occur.SHOULD);
            return b.setMinimumNumberShouldMatch(1).build();
        }
        return allTokens(tokens, fields, addressFields);
    }

    private Query allTokens(List<Token> tokens, List<Weighted> fields, List<String> addressFields) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Token t : tokens) {
            List<Query> alternatives = new ArrayList<>();
            for (Weighted f : fields) {
                alternatives.add(new BoostQuery(new TermQuery(new Term(f.field(), t.text())), f.boost()));
            }
            for (String a : addressFields) {
                alternatives.add(new TermQuery(new Term(a, t.text())));
            }
            all.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.MUST);
        }
        return all.build();
    }

    private Query anyAddress(String text, List<String> addressFields) {
        List<Query> alternatives = new ArrayList<>();
        for (String a : addressFields) {
            alternatives.add(address(a, text));
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private Query prefix(String prefix, List<Weighted> fields, List<String> addressFields) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Weighted f : fields) {
            b.add(new BoostQuery(new PrefixQuery(new Term(f.field(), prefix)), f.boost()), Occur.SHOULD);
        }
        for (String a : addressFields) {
            b.add(new PrefixQuery(new Term(a, prefix)), Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
    }

    private Query phrase(Analyzer analyzer, String field, String text) {
        List<Token> tokens = analyze(analyzer, field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.getFirst().text()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int position = -1;
        for (Token t : tokens) {
            position += Math.max(t.increment(), 0);
            b.add(new Term(field, t.text()), Math.max(position, 0));
        }
        return b.build();
    }

    /** An address field: the whole value as one token, or each word of a name. */
    private Query address(String field, String text) {
        String folded = Folding.fold(text);
        if (folded.endsWith("*") && folded.length() > 1) {
            return new PrefixQuery(new Term(field, folded.substring(0, folded.length() - 1)));
        }
        if (!folded.contains(" ")) {
            return term(field, folded);
        }
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        Folding.words(folded, words);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String word : words) {
            b.add(term(field, word), Occur.FILTER);
        }
        return b.build();
    }

    private Query filename(String text) {
        String folded = Folding.fold(text);
        if (folded.endsWith("*") && folded.length() > 1) {
            return new PrefixQuery(new Term(Fields.FILE, folded.substring(0, folded.length() - 1)));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(term(Fields.FILE, folded), Occur.SHOULD);
        Query words = phrase(exact, Fields.FILE_TEXT, text.replaceAll("[^\\p{L}\\p{N}]+", " "));
        if (words != null) {
            b.add(words, Occur.SHOULD);
        }
        return b.setMinimumNumberShouldMatch(1).build();
    }

    private Query keyword(String field, String text) {
        String folded = Folding.fold(text);
        if (folded.endsWith("*") && folded.length() > 1) {
            return new PrefixQuery(new Term(field, folded.substring(0, folded.length() - 1)));
        }
        return term(field, folded);
    }

    private Query thread(String text) {
        long threadId;
        try {
            threadId = Long.parseLong(text);
        } catch (NumberFormatException e) {
            return new MatchNoDocsQuery();
        }
        long[] ids = threadMembers.apply(threadId);
        return ids == null || ids.length == 0 ? new MatchNoDocsQuery() : LongPoint.newSetQuery(Fields.ID, ids);
    }

    private static String stripBrackets(String s) {
        String t = s.strip();
        if (t.startsWith("<") && t.endsWith(">") && t.length() > 2) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query not(Query q) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(q, Occur.MUST_NOT).build();
    }

    record Token(String text, int increment) {}

    static List<Token> analyze(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), inc.getPositionIncrement()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
