package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * Machine mail: code hosting, calendar invitations, shipping, security alerts, social networks and
 * a weekly mailing-list digest.
 */
final class Notifications {

    private static final Person FORGE = Person.of("Forgehub", "notifications@forgehub.example", "UTC");
    private static final Person CALENDAR = Person.of("Nadia Keller (via Calendar)", "calendar-noreply@larchwood.example", "Europe/Zurich");
    private static final Person PARCEL = Person.of("SwiftParcel", "tracking@swiftparcel.example", "Europe/Zurich");
    private static final Person SECURITY = Person.of("Kestrelmail Security", "no-reply@accounts.kestrelmail.example", "UTC");
    private static final Person FRIENDLOOP = Person.of("Friendloop", "notify@friendloop.example", "America/Los_Angeles");
    private static final Person WORKNET = Person.of("Worknet", "messages-noreply@worknet.example", "America/New_York");
    private static final Person CLIMB_LIST = Person.of("climb-zh-request@lists.alpinclub.example", "climb-zh-request@lists.alpinclub.example", "Europe/Zurich");

    private static final List<String[]> FORGE_EVENTS = List.of(
            new String[] {"[larchwood/design-tokens] Add dark mode colour ramp (PR #142)", "@jonasweber requested your review on this pull request."},
            new String[] {"[larchwood/design-tokens] Run failed: build - main (3f9a1c2)", "The workflow 'build' failed on main. Step 'validate tokens' exited with code 1: unknown token 'color.surface.raised'."},
            new String[] {"Re: [larchwood/icons] Export script drops the stroke width (Issue #57)", "@meilin commented: I can reproduce this on the 16px set, the SVG optimiser strips stroke-width when it equals 1."},
            new String[] {"[larchwood/harbourlight-prototype] Deploy preview ready (PR #31)", "Preview: https://pr-31.preview.forgehub.example - built in 48s."},
            new String[] {"Re: [larchwood/design-tokens] Add dark mode colour ramp (PR #142)", "@jonasweber approved these changes. Merged into main."},
            new String[] {"[alexmorgan/portfolio] Dependabot: bump image-tools from 2.3.1 to 2.4.0", "Bumps image-tools from 2.3.1 to 2.4.0. Release notes: fixes AVIF export on large canvases."},
            new String[] {"[larchwood/icons] You were mentioned in Issue #61", "@nadiakeller: @alexmorgan can you check whether the new payment icons work at 12px?"});

    private static final List<String[]> SOCIAL = List.of(
            new String[] {"Priya Raman tagged you in a photo", "Priya Raman tagged you in 'Walenstadt crag day'. 14 people reacted."},
            new String[] {"Tom Becker commented on your post", "\"That plant is thriving!\" - reply on Friendloop."},
            new String[] {"You have 3 new friend suggestions", "People you may know: Claire Dunmore, Sam Okafor and 1 other."},
            new String[] {"Lucía Fernández shared a memory with you", "\"2 years ago today\" - see the photo Lucía shared."},
            new String[] {"Jess Morgan's birthday is today", "Wish Jess a happy birthday!"},
            new String[] {"Ben Achterberg mentioned you in a comment", "\"@Alex you'd love this climbing gym in Amsterdam\""});

    private static final List<String[]> WORK_SOCIAL = List.of(
            new String[] {"You appeared in 23 searches this week", "Recruiters and designers found your profile. See who's looking."},
            new String[] {"Dana Whitfield endorsed you for User Research", "Endorsements help others see your strengths."},
            new String[] {"New message from a recruiter", "Hi Alex, I have a Head of Design role at a fintech in Basel that could be a great fit..."},
            new String[] {"Congratulate Jonas Weber on 5 years at Larchwood Studio", "Say congrats to Jonas."});

    private static final List<String> CLIMB_TOPICS = List.of(
            "Partner gesucht fuer Sonntag", "Conditions at the Gelbe Wand", "Selling 60m rope, barely used",
            "Bolt replacement fund - thank you!", "Beginner course dates", "Lost belay device at Milandia",
            "Ice climbing trip, anyone?", "Train connections to Voralpsee", "New topo for the Rigi routes",
            "Club hut opening weekend", "First aid refresher course");

    private final MailboxAssembler m;

    Notifications(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        forge();
        calendar();
        parcels();
        security();
        social();
        digests();
    }

    private void forge() {
        for (int i = 0; i < 14; i++) {
            String[] event = FORGE_EVENTS.get(i % FORGE_EVENTS.size());
            int ago = i * 12 + m.pick(6);
            String repo = event[0].substring(event[0].indexOf('[') + 1, event[0].indexOf(']'));
            m.mail(FORGE).to(ALEX).subject(event[0]).at(m.at(ago, 9 + m.pick(10), m.pick(60)))
                    .header("List-Id", repo.replace('/', '.') + " <" + repo.replace('/', '.') + ".forgehub.example>")
                    .header("X-Forgehub-Reason", event[1].contains("review") ? "review_requested" : "subscribed")
                    .automated()
                    .alternative(event[1] + "\n\n--\nReply to this email directly or view it on Forgehub:\nhttps://forgehub.example/"
                            + repo + "\nYou are receiving this because you are subscribed to this thread.\n",
                            "<p>" + event[1] + "</p><p style=\"color:#666;font-size:12px\">&mdash;<br>Reply to this email directly"
                                    + " or <a href=\"https://forgehub.example/" + repo + "\">view it on Forgehub</a>.</p>")
                    .folder(ago > 120 ? "Archive" : "INBOX")
                    .category(DemoCategory.UPDATES).add();
        }
    }

    private void calendar() {
        List<String[]> meetings = List.of(new String[] {"Harbourlight roadmap review", "2"},
                new String[] {"Checkout usability tests", "18"}, new String[] {"Brennwald kick-off (remote)", "22"},
                new String[] {"Studio retro", "60"});
        for (String[] meeting : meetings) {
            int ago = Integer.parseInt(meeting[1]);
            LocalDate day = m.today().minusDays(ago).plusDays(5);
            String start = day.format(DateTimeFormatter.BASIC_ISO_DATE) + "T090000";
            String stamp = m.today().minusDays(ago).format(DateTimeFormatter.BASIC_ISO_DATE) + "T080000Z";
            String ics = String.join("\n", "BEGIN:VCALENDAR", "PRODID:-//Larchwood//Calendar 2.1//EN", "VERSION:2.0",
                    "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + Math.abs(meeting[0].hashCode()) + "@larchwood.example",
                    "DTSTAMP:" + stamp, "DTSTART;TZID=Europe/Zurich:" + start,
                    "DTEND;TZID=Europe/Zurich:" + start.replace("T09", "T10"), "SUMMARY:" + meeting[0],
                    "ORGANIZER;CN=Nadia Keller:mailto:nadia.keller@larchwood.example",
                    "ATTENDEE;CN=Alex Morgan;RSVP=TRUE:mailto:alex@morgan-home.example", "LOCATION:Studio 2 / video link",
                    "END:VEVENT", "END:VCALENDAR");
            String when = day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)) + " 09:00 - 10:00 (Europe/Zurich)";
            m.mail(CALENDAR).to(ALEX).subject("Invitation: " + meeting[0] + " @ " + when).at(m.at(ago, 11, 15))
                    .header("Auto-Submitted", "auto-generated")
                    .invitation("""
                            Nadia Keller has invited you to: %s

                            When:   %s
                            Where:  Studio 2 / video link
                            Who:    Nadia Keller (organiser), Alex Morgan, Jonas Weber

                            Going? Yes - Maybe - No
                            """.formatted(meeting[0], when), ics)
                    .category(DemoCategory.UPDATES).add();
        }
    }

    private void parcels() {
        List<String[]> orders = List.of(new String[] {"Papier & Pixel", "56"}, new String[] {"Holzwerk Möbel", "24"},
                new String[] {"Gearloft Outdoor", "3"});
        String[] steps = {"Your parcel is on its way", "Your parcel is out for delivery today", "Delivered: your parcel"};
        for (String[] order : orders) {
            int start = Integer.parseInt(order[1]);
            String tracking = "SP" + (40_000_000 + m.pick(9_000_000)) + "CH";
            for (int step = 0; step < steps.length; step++) {
                int ago = start - step * 2;
                if (ago < 0) {
                    break;
                }
                m.mail(PARCEL).to(ALEX).subject(steps[step] + " (" + tracking + ")").at(m.at(ago, 8 + step * 3, 5))
                        .automated()
                        .text("""
                                Hello Alex Morgan,

                                %s
                                Sender:    %s
                                Tracking:  %s
                                Status:    %s

                                Track your parcel: https://swiftparcel.example/t/%s
                                """.formatted(steps[step] + ".", order[0], tracking,
                                List.of("In transit - sorting centre Härkingen", "With courier", "Delivered to mailbox").get(step),
                                tracking))
                        .category(DemoCategory.UPDATES).add();
            }
        }
    }

    private void security() {
        m.mail(SECURITY).to(ALEX).subject("New sign-in to your Kestrelmail account").at(m.at(35, 23, 41)).automated()
                .authenticated()
                .text("""
                        Hi Alex,

                        Your account was just signed in to from a new device:
                          Firefox on Linux - Zürich, Switzerland - IP 192.0.2.44

                        If this was you, you don't need to do anything. If not, secure your
                        account now: https://accounts.kestrelmail.example/security
                        """)
                .category(DemoCategory.UPDATES).add();
        m.mail(SECURITY).to(ALEX).subject("Your password was changed").at(m.at(35, 23, 55)).automated().authenticated()
                .text("Hi Alex,\n\nThe password for alex@morgan-home.example was changed. If you didn't do this,\n"
                        + "reset it immediately at https://accounts.kestrelmail.example/recover\n")
                .category(DemoCategory.UPDATES).add();
        m.mail(Bills.STREAMBERRY).to(ALEX).subject("Security alert: new login from Lisbon, Portugal").at(m.at(47, 20, 3))
                .automated().text("""
                        We noticed a new login to your Streamberry account from a TV in Lisbon,
                        Portugal. Not you? Change your password and sign out of all devices:
                        https://streamberry.example/account/security
                        """)
                .category(DemoCategory.UPDATES).add();
    }

    private void social() {
        for (int i = 0; i < 12; i++) {
            String[] item = SOCIAL.get(i % SOCIAL.size());
            m.mail(FRIENDLOOP).to(ALEX).subject(item[0]).at(m.at(2 + i * 14 + m.pick(5), 12 + m.pick(10), m.pick(60)))
                    .automated().header("X-Friendloop-Category", "notification")
                    .alternative(item[1] + "\n\nSee it on Friendloop: https://friendloop.example/n/" + (9001 + i) + "\n",
                            "<p>" + item[1] + "</p><p><a href=\"https://friendloop.example/n/" + (9001 + i) + "\">See it on Friendloop</a></p>")
                    .category(DemoCategory.SOCIAL).add();
        }
        for (int i = 0; i < 6; i++) {
            String[] item = WORK_SOCIAL.get(i % WORK_SOCIAL.size());
            m.mail(WORKNET).to(ALEX).subject(item[0]).at(m.at(8 + i * 27, 15, m.pick(60))).automated()
                    .list("<updates.worknet.example>", "https://worknet.example/settings/email")
                    .html(HtmlMail.page("Worknet", "#0a66c2", List.of("Hi Alex,", item[1]), List.of(),
                            "Worknet Corp. You are receiving Worknet notification emails."))
                    .category(DemoCategory.SOCIAL).add();
        }
    }

    private void digests() {
        LocalDate today = m.today();
        for (int week = 0; week < 26; week++) {
            LocalDate monday = today.minusWeeks(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int ago = (int) ChronoUnit.DAYS.between(monday, today);
            int issue = 52 - week;
            StringBuilder text = new StringBuilder("""
                    Send climb-zh mailing list submissions to
                        climb-zh@lists.alpinclub.example

                    Today's Topics:

                    """);
            int topics = 3 + (week % 3);
            for (int t = 0; t < topics; t++) {
                text.append("   ").append(t + 1).append(". ").append(CLIMB_TOPICS.get((week * 2 + t) % CLIMB_TOPICS.size()))
                        .append('\n');
            }
            text.append("\n----------------------------------------------------------------------\n\n")
                    .append("Message: 1\nSubject: ").append(CLIMB_TOPICS.get((week * 2) % CLIMB_TOPICS.size()))
                    .append("\n\nHoi zäme, anyone up for this? Reply to the list or to me directly.\n\n")
                    .append("_______________________________________________\nclimb-zh mailing list\n")
                    .append("https://lists.alpinclub.example/mailman/listinfo/climb-zh\n");
            m.mail(CLIMB_LIST).to(Person.of("climb-zh", "climb-zh@lists.alpinclub.example", "Europe/Zurich"))
                    .subject("climb-zh Digest, Vol 14, Issue " + issue).at(m.at(ago, 12, 0))
                    .list("Climbing in and around Zurich <climb-zh.lists.alpinclub.example>",
                            "https://lists.alpinclub.example/mailman/options/climb-zh")
                    .header("Sender", "climb-zh-bounces@lists.alpinclub.example")
                    .text(text.toString()).category(DemoCategory.FORUMS).add();
        }
    }
}
