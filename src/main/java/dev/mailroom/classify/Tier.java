package dev.mailroom.classify;

/** The tier of the classifier that decided a message's category. */
public enum Tier {
    /** The user set the category by hand; nothing overwrites it. */
    USER,
    /** One of the user's rules. */
    RULE,
    /** The model learned from the user's corrections. */
    MODEL,
    /** Built-in knowledge of mail: headers, sender kinds, content cues. */
    BUILTIN
}
