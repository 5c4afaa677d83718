package dev.mailroom.demo;

final class Travel {
    private final MailboxAssembler m;

    Travel(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {}
}
