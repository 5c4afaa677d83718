package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;
import static dev.mailroom.demo.People.DANA;
import static dev.mailroom.demo.People.JONAS;
import static dev.mailroom.demo.People.LANDLORD;
import static dev.mailroom.demo.People.MARKUS;
import static dev.mailroom.demo.People.MEI;
import static dev.mailroom.demo.People.NADIA;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Alex freelances for Larchwood Studio and has clients of their own: threads with requests that
 * imply tasks, and one Outlook/Exchange thread that only its RE:/AW: subjects hold together.
 */
final class WorkThreads {

    private static final DateTimeFormatter OUTLOOK_DE =
            DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy HH:mm", Locale.GERMAN);
    private static final DateTimeFormatter OUTLOOK_EN =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm a", Locale.ENGLISH);

    private final MailboxAssembler m;

    WorkThreads(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        slidesReview();
        exchangeOffer();
        leaseContract();
        designReview();
        speakerConfirmation();
        handover();
        kickoff();
    }

    private void slidesReview() {
        Conversation c = new Conversation(m, "Roadmap slides for Monday", DemoCategory.PRIMARY).cc(JONAS);
        c.post(NADIA, m.at(5, 16, 20), """
                Hi Alex,

                I've put the draft roadmap deck in the shared drive (Larchwood > Clients >
                Harbourlight > 2026 roadmap.key). Please review the slides before Monday's
                meeting, especially 8-14 where we describe the onboarding redesign - I
                want to make sure the timeline matches what you think is realistic.

                Comments straight in the deck are fine.

                Thanks,
                Nadia
                """, ALEX);
        c.post(ALEX, m.at(4, 9, 5), """
                Will do. First glance: slide 11 promises the usability study in two
                weeks, I'd say three. I'll leave proper comments by Sunday evening.
                """, NADIA);
        c.post(NADIA, m.at(4, 9, 48), """
                Three weeks is fine, I'll adjust. Thanks!
                """, ALEX);
    }

    private void exchangeOffer() {
        String subject = "Angebot Relaunch Kundenportal";
        Instant t1 = m.at(31, 10, 14);
        String b1 = """
                Sehr geehrte Frau Morgan,

                vielen Dank für das angenehme Gespräch am Dienstag. Wie besprochen bitten
                wir Sie um ein Angebot für das UX-Konzept und das Design des neuen
                Kundenportals (ca. 25 Screens, responsive).

                Könnten Sie uns das Angebot bis Ende nächster Woche zukommen lassen?

                Mit freundlichen Grüßen
                Markus Hofmann
                Leiter Digitale Services
                Brennwald Gruppe GmbH | Lindenstraße 40 | 79098 Freiburg
                """;
        outlook(MARKUS, ALEX, subject, t1, b1, "de-DE");
        Instant t2 = m.at(29, 17, 2);
        String b2 = """
                Dear Mr Hofmann,

                thank you for your message - please excuse me for answering in English.
                Here is my offer as discussed: concept, design of 25 screens and two
                rounds of revisions for EUR 18,400 excluding VAT, delivery in eight
                weeks from the kick-off.

                Kind regards,
                Alex Morgan
                """ + outlookQuote(OUTLOOK_DE, "Ursprüngliche Nachricht", MARKUS, ALEX, t1, subject, b1);
        outlook(ALEX, MARKUS, "RE: " + subject, t2, b2, "en-GB");
        Instant t3 = m.at(24, 8, 37);
        String b3 = """
                Guten Morgen Frau Morgan,

                danke für das Angebot. Wir würden gerne starten. Zwei Fragen noch:
                1. Ist ein Workshop vor Ort in Freiburg im Preis enthalten?
                2. Können wir den Kick-off auf den 1. des nächsten Monats legen?

                Gruß
                Markus Hofmann
                """ + outlookQuote(OUTLOOK_DE, "Ursprüngliche Nachricht", ALEX, MARKUS, t2, "RE: " + subject, b2);
        outlook(MARKUS, ALEX, "AW: RE: " + subject, t3, b3, "de-DE");
        Instant t4 = m.at(24, 14, 5);
        String b4 = """
                Hello Mr Hofmann,

                1. Yes, one on-site workshop is included; travel costs are billed at cost.
                2. The 1st works well for me.

                I'll send a calendar invitation for the kick-off.

                Best regards,
                Alex
                """ + outlookQuote(OUTLOOK_EN, "Original Message", MARKUS, ALEX, t3, "AW: RE: " + subject, b3);
        outlook(ALEX, MARKUS, "RE: AW: RE: " + subject, t4, b4, "en-GB");
        Instant t5 = m.at(23, 9, 12);
        outlook(MARKUS, ALEX, "AW: RE: AW: RE: " + subject, t5, """
                Perfekt, vielen Dank. Die Auftragsbestätigung kommt von unserem Einkauf.

                Gruß
                Markus Hofmann
                """ + outlookQuote(OUTLOOK_DE, "Ursprüngliche Nachricht", ALEX, MARKUS, t4, "RE: AW: RE: " + subject, b4),
                "de-DE");
    }

    private void outlook(Person from, Person to, String subject, Instant at, String body, String language) {
        m.mail(from)
                .to(to)
                .subject(subject)
                .at(at)
                .header("Thread-Topic", "Angebot Relaunch Kundenportal")
                .header("Content-Language", language)
                .header("X-Mailer", "Microsoft Outlook 16.0")
                .folder(from.equals(ALEX) ? "Sent" : "INBOX")
                .text(body)
                .add();
    }

    private String outlookQuote(DateTimeFormatter format, String label, Person from, Person to, Instant at,
            String subject, String body) {
        boolean german = format == OUTLOOK_DE;
        return "\n-----" + label + "-----\n"
                + (german ? "Von: " : "From: ") + from.name() + " <" + from.email() + ">\n"
                + (german ? "Gesendet: " : "Sent: ") + format.format(at.atZone(m.zone())) + "\n"
                + (german ? "An: " : "To: ") + to.name() + " <" + to.email() + ">\n"
                + (german ? "Betreff: " : "Subject: ") + subject + "\n\n" + body;
    }

    private void leaseContract() {
        Conversation c = new Conversation(m, "Lease renewal Seefeldstrasse 118, apartment 4.2", DemoCategory.PRIMARY);
        c.post(LANDLORD, m.at(8, 10, 30), """
                Dear Ms Morgan,

                As discussed by phone, please find the renewal of your lease for the
                apartment 4.2 at Seefeldstrasse 118 in the tenant portal. The rent stays
                at CHF 2,150.- per month; the new term starts on the 1st of next month.

                Could you send me the signed contract by Thursday? A scan by email is
                sufficient, the original can follow by post.

                Kind regards,
                Sandra Brunner
                Verwaltung Seefeld AG
                """, ALEX);
        c.post(ALEX, m.at(8, 19, 12), """
                Dear Ms Brunner,

                thank you, I've downloaded it and will return the signed scan by Thursday.
                Quick question: does the renewal include the parking space, or is that a
                separate agreement?

                Best regards,
                Alex Morgan
                """, LANDLORD);
        c.post(LANDLORD, m.at(7, 9, 3), """
                Dear Ms Morgan,

                the parking space is a separate agreement and continues unchanged.

                Kind regards,
                Sandra Brunner
                """, ALEX);
    }

    private void designReview() {
        Conversation c = new Conversation(m, "Design review notes - checkout flow", DemoCategory.PRIMARY).cc(MEI);
        c.post(JONAS, m.at(19, 15, 12), """
                Hi Alex,

                Notes from today's review:
                - Address step: merge billing and shipping by default (agreed)
                - Payment step: the card form needs inline validation
                - Confirmation: too much text, cut it by half
                - Open question: do we keep guest checkout?

                Could you update the prototype by Wednesday so we can test it with
                five users on Thursday?
                """, ALEX);
        c.post(ALEX, m.at(19, 17, 40), """
                Thanks Jonas. Prototype by Wednesday noon. I'd keep guest checkout, the
                analytics show 40% of orders use it.
                """, JONAS);
        c.post(MEI, m.at(18, 2, 5), """
                Agree on guest checkout. I can recruit the five testers from the panel,
                slots at 10, 11, 13, 14 and 15 on Thursday?
                """, JONAS, ALEX);
        c.post(JONAS, m.at(18, 8, 20), """
                Perfect, thanks Mei. Booked the lab room.
                """, MEI, ALEX);
    }

    private void speakerConfirmation() {
        Conversation c = new Conversation(m, "Speaker confirmation - Northpoint Design Summit", DemoCategory.PRIMARY);
        c.post(DANA, m.at(37, 15, 0), """
                Hi Alex,

                We're thrilled to confirm your talk "Designing for the tired user" at the
                Northpoint Design Summit. You're on the main stage, day 2, 30 minutes
                plus Q&A.

                Could you send us a short bio (max 80 words) and a headshot by Friday?
                We'll also need your slides a week before the event.

                Best,
                Dana Whitfield
                Program Chair, Northpoint Design Summit
                """, ALEX);
        c.post(ALEX, m.at(36, 9, 30), """
                Hi Dana, wonderful news, thank you! Bio and headshot attached by Friday.
                Do you record the talks?
                """, DANA);
        c.post(DANA, m.at(36, 14, 45), """
                We do - talks go online about a month after the event. Looking forward!
                """, ALEX);
    }

    private void handover() {
        Conversation c = new Conversation(m, "Handover before my leave", DemoCategory.PRIMARY);
        c.post(MEI, m.at(2, 3, 15), """
                Hi Alex,

                I'm off for three weeks from Monday. Could we do a 30 minute handover on
                Friday for the research repository? The interview notes are tagged by
                participant ID, but the consent forms live in a separate folder.

                Thanks!
                Mei
                """, ALEX);
    }

    private void kickoff() {
        Conversation c = new Conversation(m, "Harbourlight kickoff - agenda", DemoCategory.PRIMARY).cc(JONAS, MEI).archived();
        c.post(NADIA, m.at(150, 9, 0), """
                Hi all,

                Agenda for Thursday's kickoff with Harbourlight:
                1. Introductions (10 min)
                2. Goals and success metrics (20 min)
                3. Research plan - Alex and Mei (20 min)
                4. Timeline and next steps (10 min)

                Please have your parts ready.
                """, ALEX);
        c.post(ALEX, m.at(150, 11, 25), """
                Research plan slides are done, I'll share them tomorrow.
                """, NADIA);
    }
}
