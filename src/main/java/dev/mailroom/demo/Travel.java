package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;

import dev.mailroom.demo.DemoPayment.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The Lisbon long weekend: flight booking, guesthouse reservation, check-in and a train ticket. */
final class Travel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final Person AEROLINA = Person.of("Aerolina", "booking@aerolina.example", "Europe/Lisbon");
    private static final Person STAYHOP = Person.of("StayHop", "reservations@stayhop.example", "Europe/Amsterdam");
    private static final Person RAIL = Person.of("Alpenbahn Tickets", "tickets@alpenbahn.example", "Europe/Zurich");

    private final MailboxAssembler m;

    Travel(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        LocalDate outbound = m.today().plusDays(17);
        LocalDate inbound = outbound.plusDays(3);
        flight(outbound, inbound);
        hotel(outbound, inbound);
        train();
    }

    private void flight(LocalDate outbound, LocalDate inbound) {
        String pnr = "K7Q2XM";
        List<String[]> rows = List.of(
                new String[] {"Booking reference", "<b>" + pnr + "</b>"},
                new String[] {"Outbound AL 1481", outbound.format(DAY) + " · ZRH 09:05 → LIS 11:40"},
                new String[] {"Return AL 1486", inbound.format(DAY) + " · LIS 18:20 → ZRH 22:35"},
                new String[] {"Passenger", "MORGAN/ALEX MS"},
                new String[] {"Fare (Light, 1 cabin bag)", "CHF 164.00"},
                new String[] {"Taxes and fees", "CHF 62.30"},
                new String[] {"Total paid (Visa •••• 9052)", "<b>CHF 226.30</b>"});
        m.mail(AEROLINA).to(ALEX).subject("Booking confirmed: Zürich - Lisbon (" + pnr + ")").at(m.at(51, 9, 12))
                .authenticated()
                .alternative(HtmlMail.text(List.of("Olá Alex, your trip is booked.",
                        "Online check-in opens 30 hours before departure."), rows, "Aerolina · aerolina.example/manage"),
                        HtmlMail.page("Aerolina", "#00838f", List.of("Olá Alex, your trip is booked.",
                                "Online check-in opens 30 hours before departure."), rows, "Aerolina · aerolina.example/manage"))
                .category(DemoCategory.TRAVEL)
                .payment(new DemoPayment(Kind.RECEIPT, new BigDecimal("226.30"), "CHF", null, pnr)).add();
        m.mail(AEROLINA).to(ALEX).subject("Your seat for " + outbound.format(DAY) + ": 14A").at(m.at(30, 16, 2))
                .automated()
                .text("Hi Alex,\n\nYou've chosen seat 14A on AL 1481 (ZRH-LIS, " + outbound.format(DAY) + ").\n"
                        + "Booking reference " + pnr + ". See you on board!\n")
                .category(DemoCategory.TRAVEL).add();
    }

    private void hotel(LocalDate checkIn, LocalDate checkOut) {
        String confirmation = "SH-5529-0183";
        m.mail(STAYHOP).to(ALEX).subject("Reservation confirmed at Casa do Rio Guesthouse").at(m.at(50, 19, 40))
                .authenticated()
                .html(HtmlMail.page("StayHop", "#6a1b9a", List.of("Your reservation is confirmed, Alex!",
                        "Casa do Rio Guesthouse · Rua dos Remédios 42, Alfama, Lisbon",
                        "Free cancellation until " + checkIn.minusDays(7).format(DAY) + "."), List.of(
                        new String[] {"Confirmation number", confirmation},
                        new String[] {"Check-in", checkIn.format(DAY) + " from 14:00"},
                        new String[] {"Check-out", checkOut.format(DAY) + " until 11:00"},
                        new String[] {"Room", "Double room with terrace, 2 guests"},
                        new String[] {"Price (3 nights)", "EUR 297.00"},
                        new String[] {"Pay at the property", "EUR 297.00"}),
                        "StayHop B.V. · Manage your booking at stayhop.example/trips"))
                .category(DemoCategory.TRAVEL)
                .payment(new DemoPayment(Kind.BILL, new BigDecimal("297.00"), "EUR", checkIn, confirmation)).add();
        m.mail(STAYHOP).to(ALEX).subject("Your trip to Lisbon is coming up").at(m.at(3, 8, 0)).automated()
                .text("""
                        Hi Alex,

                        Only two weeks until your stay at Casa do Rio Guesthouse (%s).
                        The host asks for your estimated arrival time - reply in the StayHop app.

                        Things to do nearby: Miradouro de Santa Luzia (3 min walk), Tram 28.
                        """.formatted(checkIn.format(DAY)))
                .category(DemoCategory.TRAVEL).add();
    }

    private void train() {
        int[] agos = {74, 73, 139};
        String[] routes = {"Zürich HB → Freiburg (Breisgau) Hbf", "Freiburg (Breisgau) Hbf → Zürich HB", "Zürich HB → Lugano"};
        String[] prices = {"CHF 42.60", "CHF 42.60", "CHF 36.00"};
        for (int i = 0; i < agos.length; i++) {
            String ticket = "AB" + (7_000_100 + i * 4_391);
            m.mail(RAIL).to(ALEX).subject("Your e-ticket " + ticket).at(m.at(agos[i], 6, 50)).automated()
                    .text("""
                            Your e-ticket

                            Route:      %s
                            Date:       %s, valid all day
                            Class:      2nd, half-fare travelcard
                            Price:      %s (paid with Twint)
                            Ticket no.: %s

                            Show the QR code in the app or this e-mail during the ticket check.
                            """.formatted(routes[i], m.today().minusDays(agos[i]).format(DAY), prices[i], ticket))
                    .category(DemoCategory.TRAVEL)
                    .payment(new DemoPayment(Kind.RECEIPT, new BigDecimal(prices[i].substring(4)), "CHF", null, ticket)).add();
        }
    }
}
