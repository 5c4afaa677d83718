package dev.mailroom.demo;

/** The category a person would put a demo message in; the answer the classifier should find. */
public enum DemoCategory {
    PRIMARY,
    SOCIAL,
    PROMOTIONS,
    UPDATES,
    FORUMS,
    FINANCE,
    TRAVEL,
    SPAM
}
