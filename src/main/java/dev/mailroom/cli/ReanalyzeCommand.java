package dev.mailroom.cli;

import dev.mailroom.classify.ClassificationService.ReanalyzeSummary;
import dev.mailroom.shared.Json;
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
            "from rules are recomputed; marking read or important only happens when mail arrives."
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
            if (json) {
                System.out.println(Json.write(s));
            } else {
                System.out.printf("Reanalyzed %d messages in %.1f s: %d changed category, %d set by hand kept, %d need review.%n",
                        s.messages(), s.seconds(), s.changed(), s.kept(), s.needsReview());
            }
        }
        return 0;
    }
}
