package dev.mailroom.search.query;

public enum Field { ANY, FROM, TO, CC, BCC, SUBJECT, BODY, FILENAME, FOLDER, ACCOUNT, LIST, MESSAGE_ID, THREAD }
