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
 * @param text the attachment's text for search, or {@code null} when none was extracted. Extracted
 *     only by parsers that are asked to (not by the one for storage), from PDFs (also
 *     application/octet-stream ones named {@code .pdf} or starting with {@code %PDF-}; up to 20 MiB
 *     and the first 50 pages), text/plain, text/csv and text/calendar (decoded with their charset)
 *     and text/html (as readable text); at most 200 Ki characters. Empty when the attachment has
 *     no text, such as a scanned PDF. A PDF that cannot be read has no text and a defect.
 */
public record Attachment(
        String filename,
        String contentType,
        long size,
        String sha256,
        String contentId,
        boolean inline,
        String text) {}
