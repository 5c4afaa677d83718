package dev.mailroom.ingest.internal.files;

import dev.mailroom.ingest.RawMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Remembers what a scan delivered, in order. */
final class RecordingVisitor implements SourceVisitor {

    record Unreadable(String location, byte[] bytes, String reason) {}

    final List<RawMessage> messages = new ArrayList<>();
    final List<Unreadable> unreadables = new ArrayList<>();

    @Override
    public void message(RawMessage message) {
        messages.add(message);
    }

    @Override
    public void unreadable(String location, byte[] bytes, String reason) {
        unreadables.add(new Unreadable(location, bytes, reason));
    }

    List<String> texts() {
        return messages.stream().map(message -> new String(message.bytes(), StandardCharsets.UTF_8)).toList();
    }

    List<String> folders() {
        return messages.stream().map(RawMessage::folder).toList();
    }

    List<String> locations() {
        return messages.stream().map(RawMessage::location).toList();
    }
}
