package dev.mailroom.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder replaced by the parser work; shows what Mailroom understands of message files. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Show what Mailroom understands of message files, without storing them.")
final class ParseCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        return 0;
    }
}
