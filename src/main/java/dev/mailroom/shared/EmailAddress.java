package dev.mailroom.shared;

/**
 * A mailbox as written in a header: an optional display name and an address.
 *
 * <p>The address is kept as written (trimmed); {@link #normalized()} gives the lower-cased form used
 * for matching. The name is {@code null} when the header gave none.
 */
public record EmailAddress(String name, String address) {

    public EmailAddress {
        address = address == null ? "" : address.trim();
        name = name == null || name.isBlank() ? null : name.trim();
    }

    /** The address in lower case, for comparisons and lookups. */
    public String normalized() {
        return address.toLowerCase(java.util.Locale.ROOT);
    }

    /** The part after the last {@code @}, lower-cased, or an empty string when there is none. */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return name == null ? address : name + " <" + address + ">";
    }
}
