package dev.mailroom.demo;

final class Purchases {
    private final MailboxAssembler m;

    Purchases(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {}
}
