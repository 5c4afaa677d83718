package dev.mailroom.search.internal.text;

/**
 * A message body cut into what its author wrote now, what it quotes, and the author's signature.
 * Each part keeps the input's lines in order and as they were (quote markers included), with a blank
 * line where lines of another part came between, runs of blank lines shortened to one and no blank
 * lines at either end; together they hold every word of the input.
 *
 * @param fresh the new text, never null, may be empty
 * @param quoted quoted replies and forwarded messages, with the headers that introduce them, never
 *     null, may be empty
 * @param signature the author's signature, mobile "Sent from" lines and mailing-list footers, never
 *     null, may be empty
 */
public record SplitBody(String fresh, String quoted, String signature) {

    static final SplitBody EMPTY = new SplitBody("", "", "");

    public SplitBody {
        if (fresh == null || quoted == null || signature == null) {
            throw new IllegalArgumentException("parts of a split body are never null");
        }
    }
}
