package dev.mailroom.classify.rules;
public record Rule(long id, int position, String name, Condition when, RuleActions then, boolean stop, boolean enabled) {}
