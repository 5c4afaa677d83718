package dev.mailroom.cli;

import java.io.Console;

/** Whether standard output is an interactive terminal (progress bars) or a pipe or file (plain lines). */
final class Terminal {

    private Terminal() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a Console even when redirected; isTerminal() tells the truth there.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
