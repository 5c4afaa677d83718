package dev.mailroom.search.internal.lucene;

/** Names of the Lucene fields. */
final class Fields {
    static final String UID = "uid";
    static final String ID = "id";
    static final String MSGID = "msgid";
    static final String THREAD = "thread";
    static final String ACCOUNT = "account";
    static final String FOLDER = "folder";
    static final String FLAG = "flag";
    static final String FROM = "from";
    static final String TO = "to";
    static final String CC = "cc";
    static final String BCC = "bcc";
    static final String SUBJECT = "subject";
    static final String BODY = "body";
    static final String QUOTED = "quoted";
    static final String FILE = "file";
    static final String FILE_TEXT = "file_text";
    static final String ATTACHMENT_TEXT = "att_text";
    static final String LIST = "list";
    static final String DATE = "date";
    static final String SIZE = "size";
    static final String VECTOR = "vec";
    static final String HAS_VECTOR = "has_vec";
    /** Stored only: the first From address for display. */
    static final String FROM_DISPLAY = "from_display";

    /** The flag value that means the message has attachments. */
    static final String ATTACHMENT_FLAG = "attachment";

    private Fields() {}
}
