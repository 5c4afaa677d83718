package dev.mailroom.demo;

final class Spam {
    private final MailboxAssembler m;

    Spam(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {}
}
