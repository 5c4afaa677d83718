package dev.mailroom.ingest;

/**
 * A stage of the analysis pipeline that runs on every batch an import stores. Stages run on one
 * analysis thread, in store order, while the import goes on; an import ends only once its stages
 * have seen every batch. A stage must be idempotent per message: after a crash, messages may be
 * handed to it again.
 */
public interface AnalysisStage {

    /** Handles a committed batch of new messages. */
    void messagesStored(MessagesStored batch);

    /**
     * Handles a batch and gives the batch the next stage sees. A stage that changes what it was
     * handed (such as a rule that marks messages read) overrides this to pass the change on; the
     * default handles the batch and passes it on unchanged.
     */
    default MessagesStored process(MessagesStored batch) {
        messagesStored(batch);
        return batch;
    }

    /** Called once when an import has handed over its last batch: the place to make work durable. */
    default void importFinished() {}
}
