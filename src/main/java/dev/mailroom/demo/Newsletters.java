package dev.mailroom.demo;

final class Newsletters {
    private final MailboxAssembler m;

    Newsletters(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {}
}
