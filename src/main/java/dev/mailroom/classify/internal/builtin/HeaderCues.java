package dev.mailroom.classify.internal.builtin;

import static dev.mailroom.classify.internal.builtin.Categories.FINANCE;
import static dev.mailroom.classify.internal.builtin.Categories.FORUMS;
import static dev.mailroom.classify.internal.builtin.Categories.PRIMARY;
import static dev.mailroom.classify.internal.builtin.Categories.PROMOTIONS;
import static dev.mailroom.classify.internal.builtin.Categories.SOCIAL;
import static dev.mailroom.classify.internal.builtin.Categories.SPAM;
import static dev.mailroom.classify.internal.builtin.Categories.TRAVEL;
import static dev.mailroom.classify.internal.builtin.Categories.UPDATES;

import java.util.List;
import java.util.regex.Pattern;

/** Cues from the header fields: lists, bulk and automatic mail, authentication, threading. */
final class HeaderCues {

    private static final List<String> ESP_PREFIXES = List.of("x-campaign", "x-mailgun", "x-ses-", "x-mc-", "x-mandrill",
            "x-sg-", "x-sendgrid", "x-mailchimp", "x-cmae", "x-rpcampaign", "x-emv", "x-mj-", "x-mailjet", "x-sfmc",
            "x-ems", "x-listmgr", "x-marketo", "x-hubspot", "x-pm-message-id", "x-newsletter", "x-mailer-sid");
    private static final Pattern ESP_MAILER = Pattern.compile("(?i)mailchimp|sendgrid|mailgun|constant ?contact|campaign|"
            + "exacttarget|responsys|marketo|hubspot|sendinblue|brevo|mailjet|klaviyo|lyris|listmanager|newsletter|"
            + "bulk|mass ?mail|group ?mail|emailer");
    private static final Pattern PERSONAL_MAILER = Pattern.compile("(?i)outlook|thunderbird|apple mail|iphone mail|mutt|"
            + "gnus|evolution|kmail|sylpheed|pine|eudora|the bat|pegasus|opera|claws|roundcube|k-9|mozilla|exmh|"
            + "netscape|lotus notes|mimestream");
    private static final Pattern LIST_SENDER = Pattern.compile("(?i)(owner-|-owner@|-bounces|-request@|-admin@|errors-)");
    private static final Pattern DEV_HEADER = Pattern.compile("^x-(github|gitlab|[a-z]+)-(reason|reasons)$|^x-gitlab-|"
            + "^x-jira-|^x-bugzilla-|^x-redmine-|^x-phabricator-|^x-launchpad-bug|^x-trac-|^x-jenkins");

    private static final Pattern ANNOUNCE_LIST = Pattern.compile("(?i)(^|[-_.<\\s])(announce|announcements?|updates|alerts?|"
            + "advisory|advisories|bulletin)([-_.@>\\s]|$)");
    private static final Pattern LIST_UNSUBSCRIBE_ADDRESS = Pattern.compile("(?i)mailto:[^>]*(-unsubscribe@|listserv@|"
            + "majordomo@|sympa@|ecartis@)");
    private static final Pattern SUBJECT_TAG = Pattern.compile("^\\s*((re|aw|fwd?|sv)\\s*:\\s*)*\\[[\\p{L}\\p{N}][\\p{L}\\p{N}._ -]{1,30}\\]");

    private HeaderCues() {}

    static void apply(Mail mail, Evidence e) {
        list(mail, e);
        bulk(mail, e);
        automatic(mail, e);
        authentication(mail, e);
        threading(mail, e);
    }

    private static void list(Mail mail, Evidence e) {
        String listId = mail.message().listId();
        if (listId == null && mail.headers().has("List-Id")) {
            listId = mail.header("List-Id");
        }
        if (listId != null) {
            e.add(FORUMS, 2.0, "List-Id header: mailing list " + listId);
            e.add(PRIMARY, -2.0, null);
        }
        if (mail.headers().has("List-Post")) {
            e.add(FORUMS, 1.2, "List-Post header: members can write to the list");
            e.add(PRIMARY, -1.0, null);
        }
        if (mail.header("Precedence").equals("list")) {
            e.add(FORUMS, 1.0, "Precedence: list header");
        }
        if (mail.headers().has("X-Mailman-Version") || mail.headers().has("X-BeenThere") || mail.headers().has("Mailing-List")) {
            e.add(FORUMS, 0.8, "Distributed by mailing-list software");
            e.add(PRIMARY, -1.0, null);
        }
        String sender = mail.header("Sender") + " " + mail.header("Errors-To") + " " + mail.header("Return-Path");
        if (LIST_SENDER.matcher(sender).find()) {
            e.add(FORUMS, 0.6, "Sent through a list address: " + sender.strip());
        }
        if (mail.isList() && mail.isReply()) {
            e.add(FORUMS, 1.0, "A reply in a discussion on a mailing list");
        }
        String listAddresses = (listId == null ? "" : listId) + " " + mail.header("List-Post") + " " + mail.header("List-Unsubscribe");
        if (!listAddresses.isBlank() && ANNOUNCE_LIST.matcher(listAddresses).find()) {
            e.add(UPDATES, 3.0, "An announcement list: " + listAddresses.strip());
            e.add(FORUMS, -1.0, null);
        }
        if (LIST_UNSUBSCRIBE_ADDRESS.matcher(mail.header("List-Unsubscribe")).find()) {
            e.add(FORUMS, 1.2, "Leaving works by mail to the list software: " + mail.header("List-Unsubscribe"));
        }
        if (SUBJECT_TAG.matcher(mail.subject()).find()) {
            e.add(FORUMS, 1.0, "The subject carries a list's tag: " + mail.subject());
        }
        if (mail.isAddressedToList()) {
            e.add(FORUMS, 1.0, "Addressed to a list: " + mail.message().to().get(0).address());
            e.add(PRIMARY, -1.0, null);
        }
        boolean bulk = List.of("bulk", "list").contains(mail.header("Precedence")) || mail.isList();
        if (bulk && mail.subject().matches(".*\\bdigest\\b.*")) {
            e.add(FORUMS, 2.0, "A digest of a mailing list's posts");
        }
    }

    private static void bulk(Mail mail, Evidence e) {
        if (mail.headers().has("List-Unsubscribe")) {
            e.add(PROMOTIONS, 0.9, "List-Unsubscribe header: sent to a subscriber list");
            e.add(UPDATES, 0.9, "List-Unsubscribe header: sent to a subscriber list");
            e.add(FORUMS, -0.5, null);
            e.add(PRIMARY, -1.5, null);
        }
        if (mail.header("Precedence").equals("bulk") || mail.header("Precedence").equals("junk")) {
            e.add(PROMOTIONS, 0.6, "Precedence: bulk header");
            e.add(UPDATES, 0.6, "Precedence: bulk header");
            e.add(PRIMARY, -1.5, null);
        }
        String esp = mail.headers().names().stream()
                .filter(n -> ESP_PREFIXES.stream().anyMatch(n::startsWith) || n.equals("feedback-id"))
                .findFirst()
                .orElse(null);
        String mailer = mail.header("X-Mailer") + " " + mail.header("User-Agent");
        if (esp != null || ESP_MAILER.matcher(mailer).find()) {
            e.add(PROMOTIONS, 1.0, "Sent by a bulk e-mail service (" + (esp != null ? esp : mailer.strip()) + ")");
            e.add(UPDATES, 0.5, null);
            e.add(PRIMARY, -1.5, null);
        } else if (PERSONAL_MAILER.matcher(mailer).find()) {
            e.add(PRIMARY, 0.5, "Written in a personal mail program: " + mailer.strip());
        }
    }

    private static void automatic(Mail mail, Evidence e) {
        String auto = mail.header("Auto-Submitted");
        if (!auto.isEmpty() && !auto.startsWith("no")) {
            e.add(UPDATES, 1.2, "Auto-Submitted: " + auto + " — sent by a machine");
            e.add(SOCIAL, 0.5, null);
            e.add(FINANCE, 0.5, null);
            e.add(TRAVEL, 0.5, null);
            e.add(PRIMARY, -2.5, null);
            e.add(SPAM, -0.5, null);
        }
        String dev = mail.headers().names().stream().filter(n -> DEV_HEADER.matcher(n).find()).findFirst().orElse(null);
        if (dev != null) {
            e.add(UPDATES, 2.5, "A notification from a code or issue tracker (" + dev + " header)");
            e.add(FORUMS, -1.5, null);
            e.add(PRIMARY, -1.0, null);
        }
    }

    private static void authentication(Mail mail, Evidence e) {
        String spamFlag = mail.header("X-Spam-Flag") + " " + mail.header("X-Spam-Status");
        if (spamFlag.strip().startsWith("yes")) {
            e.add(SPAM, 3.0, "An earlier spam filter marked it as spam (X-Spam-Status: Yes)");
        }
        String auth = String.join(" ", mail.headers().all("Authentication-Results")).toLowerCase(java.util.Locale.ROOT)
                + " " + mail.header("Received-SPF");
        if (auth.isBlank()) {
            return;
        }
        int fails = 0;
        for (String check : List.of("spf", "dkim", "dmarc")) {
            if (auth.contains(check + "=fail") || (check.equals("spf") && auth.startsWith(" fail"))) {
                fails += 2;
            } else if (auth.contains(check + "=softfail") || auth.contains(check + "=permerror")) {
                fails += 1;
            }
        }
        if (fails > 0) {
            e.add(SPAM, Math.min(3.0, 0.8 * fails), "Authentication-Results: the sender's domain could not be verified"
                    + " (SPF, DKIM or DMARC failed)");
            e.add(PRIMARY, -0.5, null);
        } else if (auth.contains("dkim=pass") || auth.contains("spf=pass")) {
            e.add(SPAM, -1.5, null);
        }
    }

    private static void threading(Mail mail, Evidence e) {
        var m = mail.message();
        if (!mail.isList() && (m.inReplyTo() != null || !m.references().isEmpty())) {
            e.add(PRIMARY, 1.5, "A reply in a conversation");
            e.add(SPAM, -1.5, null);
        } else if (!mail.isList() && mail.isReply()) {
            e.add(PRIMARY, 0.5, "The subject shows a reply");
        }
        int recipients = m.to().size() + m.cc().size();
        if (recipients >= 1 && recipients <= 4 && !mail.isList()) {
            e.add(PRIMARY, 0.3, null);
        } else if (recipients > 15) {
            e.add(PRIMARY, -0.5, null);
        }
        if (m.html() == null) {
            e.add(PRIMARY, 0.3, null);
        }
    }
}
