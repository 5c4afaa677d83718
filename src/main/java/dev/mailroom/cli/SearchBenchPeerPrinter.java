package dev.mailroom.cli;

import dev.mailroom.bench.Latency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints one peer's figures of {@code mailroom bench search}, beside Mailroom's. */
final class SearchBenchPeerPrinter {

    /** Count differences printed per peer at most (the JSON has more). */
    static final int DIFFERENCES = 5;

    private final String name;
    private final Map<?, ?> peer;
    private final SearchBenchPrinter printer;

    SearchBenchPeerPrinter(String name, Map<?, ?> peer, SearchBenchPrinter printer) {
        this.name = name;
        this.peer = peer;
        this.printer = printer;
    }

    void print() {
        String index = name.equals("notmuch") ? "notmuch new" : "mu index";
        if (peer == null || !Boolean.TRUE.equals(peer.get("available"))) {
            printer.line(name, "not run: %s", peer == null ? "" : peer.get("note"));
            return;
        }
        printer.line(index, "%.2f s, %,.0f messages/s -> Mailroom's import + index is %.1fx as fast%s", peer.get("index_seconds"),
                peer.get("index_messages_per_second"), peer.get("mailroom_import_speedup"),
                name.equals("mu") ? printer.goal("import_vs_mu", null) : "");
        printer.line(name + " database", "%.1f MB, %.2f x the raw mail (%s)", SearchBenchPrinter.mb(peer.get("index_bytes")),
                peer.get("index_ratio_to_raw_mail"), peer.get("note"));
        String search = name.equals("notmuch") ? "notmuch search" : "mu find";
        printer.line(search + " one-word", SearchBenchPrinter.latency((Latency) peer.get("one_word_latency"), "queries"));
        printer.line(search + " all", "%s, %s not translatable", SearchBenchPrinter.latency((Latency) peer.get("latency"), "queries"),
                peer.get("not_translatable"));
        if (((Number) peer.get("failures")).intValue() > 0) {
            printer.line(search + " failed", "%s queries, e.g. %s", peer.get("failures"), peer.get("first_failure"));
        }
        speedups();
        counts();
    }

    private void speedups() {
        if (!(peer.get("mailroom_cli_speedup") instanceof Map<?, ?> speedups)) {
            return;
        }
        for (String group : List.of("one_word", "all")) {
            StringBuilder b = new StringBuilder();
            for (String mode : List.of("as_installed", "cold_jvm")) {
                Map<?, ?> s = (Map<?, ?>) speedups.get(mode);
                if (s != null) {
                    b.append(b.isEmpty() ? "" : ", ").append(mode.equals("cold_jvm") ? "cold JVM " : "as installed ")
                            .append(String.format(Locale.ROOT, "%.2fx", s.get(group)));
                }
            }
            Map<?, ?> any = (Map<?, ?>) speedups.values().iterator().next();
            String goal = group.equals("one_word") ? printer.goal("cli_vs_" + name, null) : "";
            printer.line("cli vs " + name + (group.equals("one_word") ? " one-word" : " all"),
                    "%s (%s median / Mailroom CLI median over the %s queries both ran; > 1: Mailroom faster)%s", b, name,
                    any.get(group + "_queries"), goal);
        }
    }

    private void counts() {
        Map<?, ?> counts = (Map<?, ?>) peer.get("counts");
        printer.line(name + " counts", "%s of %s queries within 10%% of Mailroom's count", counts.get("agreeing"),
                counts.get("compared"));
        List<?> widest = (List<?>) counts.get("widest");
        for (Object o : widest.subList(0, Math.min(DIFFERENCES, widest.size()))) {
            Map<?, ?> d = (Map<?, ?>) o;
            printer.line("  differs", "Mailroom %,d, %s %,d: %s  ->  %s", d.get("mailroom"), name, d.get("peer"), d.get("query"),
                    d.get("peer_query"));
        }
    }
}
