package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/** Two weekly newsletters Alex subscribed to: a design letter and a city events digest. */
final class Newsletters {

    private static final int WEEKS = 26;
    private static final Person MARGIN = Person.of("The Margin", "letters@themargin.example", "America/New_York");
    private static final Person CITY = Person.of("Zürich This Week", "hello@zurich-thisweek.example", "Europe/Zurich");

    private static final List<String[]> ESSAYS = List.of(
            new String[] {"Why every settings page becomes a junk drawer", "Settings pages grow because saying no is harder than adding a toggle. This week: three teams that pruned theirs, and what their support queues did next."},
            new String[] {"The quiet return of the skeuomorphic button", "Flat design won, then quietly lost the argument about affordance. We look at why depth is creeping back into interfaces."},
            new String[] {"Onboarding nobody skips", "The best onboarding flows teach by doing. A teardown of four products where the first five minutes actually stick."},
            new String[] {"Designing error messages people read", "Most error messages apologise and explain nothing. A field guide to writing ones that tell people what to do next."},
            new String[] {"Dark patterns, regulated", "New consumer rules make some subscription flows illegal. What changes for designers, and which patterns to retire now."},
            new String[] {"The case for boring typography", "A system font, two weights, one size scale. Why restraint in type makes products feel faster."},
            new String[] {"Research with five users is still fine", "The old rule of thumb holds up better than its critics claim - if you ask the right questions."},
            new String[] {"Empty states are first impressions", "An empty dashboard is the first thing new users see. Ideas for making 'nothing here yet' useful."},
            new String[] {"Accessibility beyond contrast ratios", "Passing automated checks is the floor. We talk to screen reader users about what actually trips them up."},
            new String[] {"Design tokens, one year later", "Teams that adopted tokens last year share what worked, what rotted, and who owns them now."},
            new String[] {"Forms are conversations", "Asking one question at a time feels slower but finishes faster. Data from three checkout redesigns."},
            new String[] {"The tired user", "People use our products at the end of long days. Designing for low attention without being patronising."},
            new String[] {"Notifications that respect people", "Batching, quiet hours and honest defaults: how to send fewer notifications and keep engagement."});

    private static final List<String> LINKS = List.of(
            "A gallery of 200 real-world date pickers, ranked",
            "Interview: the designer behind the new rail ticket machines",
            "Free course: writing for interfaces (6 short lessons)",
            "The colour contrast checker we keep coming back to",
            "Job board: 14 new product design roles, 9 remote",
            "Podcast: prototyping with real data",
            "Case study: redesigning a hospital appointment letter",
            "Why your icons need labels, with numbers",
            "A short history of the hamburger menu");

    private static final List<String[]> EVENTS = List.of(
            new String[] {"Open-air cinema at the lake", "Films at dusk, bring a blanket. CHF 18."},
            new String[] {"Night market at Helvetiaplatz", "Street food, vinyl and local makers, Thursday from 5pm."},
            new String[] {"Free guided tour of the old town", "Saturday 10:00, meeting point at the Fraumünster."},
            new String[] {"Jazz at the Rote Fabrik", "The Lenz Trio plays standards and new work. Tickets from CHF 25."},
            new String[] {"Flea market at Bürkliplatz", "Every Saturday, 7:00-16:00, rain or shine."},
            new String[] {"Design museum late opening", "Thursday until 22:00 with a talk on Swiss poster design."},
            new String[] {"Bouldering night for beginners", "Intro session with rental shoes included, Wednesday 19:00."},
            new String[] {"Book swap at the Pestalozzi library", "Bring one, take one. Sunday afternoon."},
            new String[] {"Lake swim meet-up", "Early birds at Mythenquai, 6:30, all levels welcome."},
            new String[] {"Vintage tram rides", "The historic line runs again on Sunday, every 30 minutes."},
            new String[] {"Food waste cooking class", "Learn to cook with leftovers, CHF 35 including dinner."});

    private final MailboxAssembler m;

    Newsletters(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        LocalDate today = m.today();
        for (int week = 0; week < WEEKS; week++) {
            LocalDate tuesday = today.minusWeeks(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
            margin(week, (int) ChronoUnit.DAYS.between(tuesday, today));
            LocalDate friday = today.minusWeeks(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
            city(week, (int) ChronoUnit.DAYS.between(friday, today));
        }
    }

    private void margin(int week, int daysAgo) {
        int issue = 212 - week;
        String[] essay = ESSAYS.get((issue * 5) % ESSAYS.size());
        String link1 = LINKS.get(m.pick(LINKS.size()));
        String link2 = LINKS.get((LINKS.indexOf(link1) + 1 + m.pick(LINKS.size() - 1)) % LINKS.size());
        String text = """
                THE MARGIN - Issue #%d

                %s

                %s

                Read the full essay: https://themargin.example/issues/%d

                ALSO WORTH YOUR TIME
                - %s
                - %s

                You're receiving this because you subscribed at themargin.example.
                Unsubscribe: https://themargin.example/unsubscribe?u=am-5521
                """.formatted(issue, essay[0].toUpperCase(Locale.ROOT), essay[1], issue, link1, link2);
        String html = """
                <html><body style="font-family:Georgia,serif;max-width:560px;margin:auto;color:#1a1a1a">
                <p style="font-size:12px;letter-spacing:2px;color:#999">THE MARGIN &middot; ISSUE #%d</p>
                <h1 style="font-size:26px">%s</h1>
                <p style="font-size:17px;line-height:1.6">%s</p>
                <p><a href="https://themargin.example/issues/%d">Read the full essay &rarr;</a></p>
                <h3>Also worth your time</h3>
                <ul><li>%s</li><li>%s</li></ul>
                <p style="font-size:11px;color:#999"><a href="https://themargin.example/unsubscribe?u=am-5521">Unsubscribe</a></p>
                </body></html>
                """.formatted(issue, essay[0], essay[1], issue, link1, link2);
        m.mail(MARGIN).to(ALEX).subject("#" + issue + ": " + essay[0]).at(m.at(daysAgo, 14, 0 + m.pick(10)))
                .list("The Margin <weekly.themargin.example>", "https://themargin.example/unsubscribe?u=am-5521")
                .authenticated().alternative(text, html).category(DemoCategory.UPDATES).add();
    }

    private void city(int week, int daysAgo) {
        LocalDate friday = m.today().minusDays(daysAgo);
        String[] first = EVENTS.get((week * 3) % EVENTS.size());
        String[] second = EVENTS.get((week * 3 + 1) % EVENTS.size());
        String[] third = EVENTS.get((week * 3 + 5) % EVENTS.size());
        String weekend = friday.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif\">")
                .append("<h2 style=\"color:#0057b8\">Your weekend from ").append(weekend).append("</h2>");
        for (String[] event : List.of(first, second, third)) {
            html.append("<h3>").append(event[0]).append("</h3><p>").append(event[1]).append("</p>");
        }
        html.append("<p style=\"color:#777;font-size:11px\">Zürich This Week, Langstrasse 1. ")
                .append("<a href=\"https://zurich-thisweek.example/u/am\">Unsubscribe</a></p></body></html>");
        m.mail(CITY).to(ALEX).subject(pickSubject(week, first[0])).at(m.at(daysAgo, 7, 30))
                .list("<weekend.zurich-thisweek.example>", "https://zurich-thisweek.example/u/am")
                .html(html.toString()).category(DemoCategory.UPDATES).add();
    }

    private static String pickSubject(int week, String headline) {
        return switch (week % 4) {
            case 0 -> "This weekend: " + headline;
            case 1 -> headline + " and more in Zürich";
            case 2 -> "Your weekend plans, sorted";
            default -> "3 ideas for the weekend (" + headline.toLowerCase(Locale.ROOT) + ")";
        };
    }
}
