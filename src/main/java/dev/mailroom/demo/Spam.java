package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;

import java.util.List;

/** A handful of spam and phishing that got past the filter. */
final class Spam {

    private static final List<String[]> SPAM = List.of(
            new String[] {"Dr. Harold Mensah", "h.mensah.office@consignment-trust.test", "URGENT: Unclaimed inheritance of US$4,500,000",
                    "Dear Beneficiary,\n\nI am Dr. Harold Mensah, attorney to the late Mr. A. Morgan who shares your\nsurname. "
                            + "An unclaimed deposit of US$4,500,000 awaits you. Kindly send your full\nname, phone number and a copy of "
                            + "your ID to proceed.\n\nYours faithfully,\nDr. Harold Mensah Esq.\n"},
            new String[] {"Streamberry Support", "support@streamberry-billing.test", "Your account has been suspended",
                    "Dear customer,\n\nwe were unable to validate your billing information. Your account will be\nclosed within "
                            + "24 hours. Verify now: http://streamberry-billing.test/verify\n\nStreamberry\n"},
            new String[] {"Pharma Direct", "deals@cheap-meds.test", "Save 80% on your prescriptions!!!",
                    "Best prices online, no prescription needed. Discreet shipping worldwide.\nOrder today and get a FREE bonus pack.\n"},
            new String[] {"Crypto Alerts", "signals@moonshot-profit.test", "Alex, this coin will 100x by Friday",
                    "Insiders are buying NOW. Our members made 3,400% last month.\nJoin the private group for only $49: "
                            + "http://moonshot-profit.test/join\n"},
            new String[] {"SwiftParcel", "delivery@swiftparcel-redelivery.test", "Delivery attempt failed - customs fee CHF 2.99",
                    "We tried to deliver your parcel. Please pay the outstanding customs fee of\nCHF 2.99 within 48 hours "
                            + "to schedule redelivery: http://swiftparcel-redelivery.test/pay\n"},
            new String[] {"Mailbox Administrator", "admin@morgan-home-mail.test", "Mailbox storage full (99%)",
                    "Your mailbox alex@morgan-home.example is almost full. Click below to upgrade\nyour storage for free "
                            + "or you will stop receiving messages:\nhttp://morgan-home-mail.test/upgrade\n"},
            new String[] {"Lotto Winners Desk", "claims@euro-lotto-winners.test", "Congratulations! You have won EUR 850,000",
                    "Your email address was selected in our international draw. To claim your\nprize, reply with your bank "
                            + "details and a processing fee of EUR 250.\n"},
            new String[] {"Hot Singles", "meet@lonely-hearts.test", "Someone near Zürich wants to meet you",
                    "3 women near you viewed your profile. Click to see photos.\n"});

    private final MailboxAssembler m;

    Spam(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        for (int i = 0; i < SPAM.size(); i++) {
            String[] s = SPAM.get(i);
            Person sender = Person.of(s[0], s[1], List.of("Africa/Lagos", "Asia/Manila", "America/Sao_Paulo", "UTC").get(i % 4));
            MailBuilder mail = m.mail(sender).to(ALEX).subject(s[2]).at(m.at(1 + i * 21 + m.pick(7), m.pick(24), m.pick(60)))
                    .header("Authentication-Results", "mx.morgan-home.example; dkim=none; spf=softfail smtp.mailfrom="
                            + s[1].substring(s[1].indexOf('@') + 1) + "; dmarc=fail")
                    .header("X-Spam-Status", "Yes, score=" + (6 + i % 5) + ".4")
                    .category(DemoCategory.SPAM);
            if (i % 2 == 0) {
                mail.text(s[3]);
            } else {
                mail.html("<html><body><p>" + s[3].replace("\n", "<br>\n") + "</p></body></html>");
            }
            mail.add();
        }
    }
}
