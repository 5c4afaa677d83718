package dev.mailroom.classify.rules;
import dev.mailroom.ingest.ParsedMessage;
public record RuleMessage(long id, String account, ParsedMessage parsed, byte[] header, long size) {}
