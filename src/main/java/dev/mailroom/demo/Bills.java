package dev.mailroom.demo;

final class Bills {
    private final MailboxAssembler m;

    Bills(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {}
}
