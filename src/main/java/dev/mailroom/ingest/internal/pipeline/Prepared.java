package dev.mailroom.ingest.internal.pipeline;

import dev.mailroom.ingest.ParsedMessage;
import dev.mailroom.ingest.RawMessage;

/** A message after the parallel stage: hashed, its bytes in the blob store, and parsed or found broken. */
sealed interface Prepared {

    RawMessage raw();

    String sha256();

    /** Parsed and ready to store. */
    record Ready(RawMessage raw, String sha256, ParsedMessage parsed) implements Prepared {}

    /** Cannot be stored as a message: goes to quarantine with its reason. */
    record Broken(RawMessage raw, String sha256, String reason) implements Prepared {}
}
