package dev.mailroom.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One message file as the commands that read files without storing them ({@code parse}, {@code extract
 * payments}) take it: its bytes and its modification time, which stands in for a missing Date header.
 */
record MessageFile(byte[] raw, Instant mtime) {

    static MessageFile read(Path file) throws IOException {
        return new MessageFile(Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant());
    }

    /** Why a file could not be read, in a few words: "no such file", "permission denied", "Is a directory". */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
