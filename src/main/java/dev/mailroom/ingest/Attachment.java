package dev.mailroom.ingest;

/**
 * One attachment or inline part of a message, as found by the MIME parser.
 *
 * @param filename decoded file name (RFC 2047 / RFC 2231), or {@code null} when the part has none
 * @param contentType lower-case MIME type without parameters, for example {@code application/pdf}
 * @param size decoded size in bytes
 * @param sha256 lower-case hex SHA-256 of the decoded bytes
 * @param contentId the Content-ID without angle brackets, or {@code null}
 * @param inline whether the part is meant to be shown inline (disposition inline, or referenced by
 *     Content-ID from an HTML body)
 */
public record Attachment(
        String filename, String contentType, long size, String sha256, String contentId, boolean inline) {}
