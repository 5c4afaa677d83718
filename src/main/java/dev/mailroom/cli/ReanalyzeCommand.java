package dev.mailroom.cli;

import dev.mailroom.classify.ClassificationService.ReanalyzeSummary;
import dev.mailroom.extract.PaymentsService.Reanalysis;
import dev.mailroom.shared.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "reanalyze",
        mixinStandardHelpOptions = true,
        description = {
            "Classify every stored message again with today's rules, model and built-in knowledge.",
            "Every decision you made is kept: categories you set by hand stay as they are. Labels",
            "from rules are recomputed; marking read or important only happens when mail arrives.",
            "The payments ledger is rebuilt from the mail inside payments.scan-window, and every",
            "decision you made about payments (confirm, edit, paid, dismiss, merge) is applied again."
        })
final class ReanalyzeCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Context ctx = Context.write(dataDir.resolve())) {
            ReanalyzeSummary s;
            try (WorkProgress p = new WorkProgress(json)) {
                s = ctx.classification().reanalyze(p);
            }
            Reanalysis pay;
            try (WorkProgress p = new WorkProgress(json)) {
                pay = ctx.payments().reanalyze(p);
            }
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("messages", s.messages());
                out.put("changed", s.changed());
                out.put("kept", s.kept());
                out.put("needs_review", s.needsReview());
                out.put("seconds", s.seconds());
                out.put("payments", Json.mapper().convertValue(pay, Map.class));
                System.out.println(Json.write(out));
            } else {
                System.out.printf("Reanalyzed %d messages in %.1f s: %d changed category, %d set by hand kept, %d need review.%n",
                        s.messages(), s.seconds(), s.changed(), s.kept(), s.needsReview());
                System.out.printf("Payments: analysed %d messages in the scan window in %.1f s, found %d payments%s; the ledger "
                        + "has %d entries, %d of your decisions applied again.%n", pay.messages(), pay.seconds(),
                        pay.payments(), pay.inSpam() == 0 ? "" : " (" + pay.inSpam() + " in spam, left out)", pay.entries(),
                        pay.decisionsReplayed());
            }
        }
        return 0;
    }
}
