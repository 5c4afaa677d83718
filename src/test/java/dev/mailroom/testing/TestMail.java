package dev.mailroom.testing;

import java.nio.charset.StandardCharsets;

/** Builds small RFC 822 messages for tests. */
public final class TestMail {

    private final StringBuilder headers = new StringBuilder();
    private String body = "Hello.\r\n";

    private TestMail() {}

    public static TestMail message() {
        return new TestMail();
    }

    public TestMail header(String name, String value) {
        if (value != null) {
            headers.append(name).append(": ").append(value).append("\r\n");
        }
        return this;
    }

    public TestMail id(String messageId) {
        return header("Message-ID", "<" + messageId + ">");
    }

    public TestMail from(String from) {
        return header("From", from);
    }

    public TestMail to(String to) {
        return header("To", to);
    }

    public TestMail subject(String subject) {
        return header("Subject", subject);
    }

    public TestMail date(String date) {
        return header("Date", date);
    }

    public TestMail inReplyTo(String id) {
        return header("In-Reply-To", "<" + id + ">");
    }

    public TestMail references(String... ids) {
        StringBuilder s = new StringBuilder();
        for (String id : ids) {
            s.append(s.isEmpty() ? "" : " ").append('<').append(id).append('>');
        }
        return header("References", s.toString());
    }

    public TestMail body(String text) {
        this.body = text.replace("\r\n", "\n").replace("\n", "\r\n");
        return this;
    }

    public byte[] bytes() {
        return (headers + "\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
