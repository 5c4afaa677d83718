package dev.mailroom.cli;

import java.io.Console;

/** Whether standard output is an interactive terminal (progress bars) or a pipe or file (plain lines). */
final class Terminal {

    private Terminal() {}

    /** Set by the daemon for the duration of a request: whether the client's output is a terminal. */
    private static volatile Boolean override;

    static void override(Boolean interactive) {
        override = interactive;
    }

    static boolean interactive() {
        Boolean o = override;
        if (o != null) {
            return o;
        }
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
