package dev.mailroom.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns an unexpected failure into one clear line on stderr and exit code 1, not a stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("mailroom: " + message);
        if (System.getenv("MAILROOM_DEBUG") != null) {
            ex.printStackTrace(cli.getErr());
        }
        return 1;
    }
}
