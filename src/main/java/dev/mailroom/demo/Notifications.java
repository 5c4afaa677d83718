package dev.mailroom.demo;

final class Notifications {
    private final MailboxAssembler m;

    Notifications(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {}
}
