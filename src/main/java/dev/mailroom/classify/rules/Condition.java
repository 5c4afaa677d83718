package dev.mailroom.classify.rules;
public interface Condition {}
