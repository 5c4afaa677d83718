package dev.mailroom.mailbox;

import dev.mailroom.shared.EmailAddress;

/** An address of a message in a role: {@code from}, {@code sender}, {@code reply_to}, {@code to}, {@code cc}, {@code bcc}. */
public record Participant(String role, EmailAddress address) {}
