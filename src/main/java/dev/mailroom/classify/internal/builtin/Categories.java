package dev.mailroom.classify.internal.builtin;

import java.util.List;

/** The category names the classifier gives, as the issue "Classification" spells them. */
final class Categories {

    static final String PRIMARY = "primary";
    static final String SOCIAL = "social";
    static final String PROMOTIONS = "promotions";
    static final String UPDATES = "updates";
    static final String FORUMS = "forums";
    static final String FINANCE = "finance";
    static final String TRAVEL = "travel";
    static final String SPAM = "spam";

    /** Every category; the order breaks ties, so the safest answer comes first. */
    static final List<String> ALL = List.of(PRIMARY, UPDATES, FORUMS, SOCIAL, PROMOTIONS, FINANCE, TRAVEL, SPAM);

    private Categories() {}
}
