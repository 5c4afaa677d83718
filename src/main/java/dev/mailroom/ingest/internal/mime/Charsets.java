package dev.mailroom.ingest.internal.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the charset names found in real mail into decoders. Names are looked up leniently (quotes,
 * case, sloppy aliases) and mapped to the superset a mail client would use (gb2312 to GBK, Shift_JIS
 * to windows-31j, ISO-8859-1 and US-ASCII to windows-1252, as browsers do).
 */
final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"),
            Map.entry("utf-8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("ansi_x3.4-1968", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("latin-1", "windows-1252"),
            Map.entry("gb2312", "GBK"),
            Map.entry("gb_2312-80", "GBK"),
            Map.entry("euc-cn", "GBK"),
            Map.entry("x-gbk", "GBK"),
            Map.entry("chinese", "GBK"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"),
            Map.entry("ksc5601", "x-windows-949"),
            Map.entry("ksc_5601", "x-windows-949"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("korean", "x-windows-949"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("ms_kanji", "windows-31j"),
            Map.entry("iso-2022-jp", "ISO-2022-JP"),
            Map.entry("big5", "Big5"),
            Map.entry("chinesebig5", "Big5"),
            Map.entry("x-x-big5", "Big5"),
            Map.entry("gb2312_charset", "GBK"),
            Map.entry("cp1252", "windows-1252"),
            Map.entry("cp1251", "windows-1251"),
            Map.entry("cp1250", "windows-1250"),
            Map.entry("koi8r", "KOI8-R"),
            Map.entry("tis-620", "TIS-620"),
            Map.entry("windows-874", "x-windows-874"));

    /** Names that say "we do not know": decoded as UTF-8 when valid, else windows-1252. */
    private static final List<String> UNKNOWN = List.of("x-unknown", "unknown", "unknown-8bit", "x-user-defined",
            "default", "none", "charset", "8bit", "us", "x-unknown-8bit");

    private static final Map<String, Optional<Charset>> CACHE = new ConcurrentHashMap<>();

    private Charsets() {}

    /** The charset named {@code name}, or empty when Java does not know it by any of its aliases. */
    static Optional<Charset> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(name, Charsets::resolve);
    }

    private static Optional<Charset> resolve(String name) {
        String n = clean(name);
        if (n.isEmpty() || UNKNOWN.contains(n)) {
            return Optional.empty();
        }
        String target = ALIASES.getOrDefault(n, n);
        try {
            return Optional.of(Charset.forName(target));
        } catch (IllegalArgumentException e) {
            String alt = n.replace('_', '-');
            if (alt.startsWith("cp") && alt.length() > 2 && Character.isDigit(alt.charAt(2))) {
                alt = "windows-" + alt.substring(2);
            }
            try {
                return Optional.of(Charset.forName(ALIASES.getOrDefault(alt, alt)));
            } catch (IllegalArgumentException again) {
                return Optional.empty();
            }
        }
    }

    static String clean(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        while (!n.isEmpty() && "\"';".indexOf(n.charAt(0)) >= 0) {
            n = n.substring(1);
        }
        while (!n.isEmpty() && "\"';,.".indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1);
        }
        return n.trim();
    }

    /**
     * Decodes {@code bytes} with the charset named {@code name}. Without a name the bytes are UTF-8
     * when they validate as such, else windows-1252; an unknown name is reported to {@code defects}.
     */
    static String decode(byte[] bytes, int off, int len, String name, Defects defects) {
        if (name != null && !name.isBlank()) {
            Optional<Charset> cs = lookup(name);
            if (cs.isPresent()) {
                Charset c = cs.get();
                if (c == WINDOWS_1252 && isUtf8(bytes, off, len) && !isAscii(bytes, off, len)) {
                    // Declared as ASCII/Latin-1 but really UTF-8: common with 8-bit headers and sloppy mailers.
                    return new String(bytes, off, len, StandardCharsets.UTF_8);
                }
                return new String(bytes, off, len, c);
            }
        }
        boolean utf8 = isUtf8(bytes, off, len);
        Charset fallback = utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        if (name != null && !name.isBlank()) {
            defects.add("unknown charset " + clean(name) + ", decoded as " + fallback.name().toLowerCase(Locale.ROOT));
        }
        return new String(bytes, off, len, fallback);
    }

    static boolean isAscii(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes are well-formed UTF-8 (plain ASCII included). */
    static boolean isUtf8(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            if (c >= 0xc2 && c <= 0xdf) {
                n = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                n = 2;
            } else if (c >= 0xf0 && c <= 0xf4) {
                n = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= end || (b[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
