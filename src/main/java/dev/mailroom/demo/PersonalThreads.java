package dev.mailroom.demo;

import static dev.mailroom.demo.People.ALEX;
import static dev.mailroom.demo.People.BEN;
import static dev.mailroom.demo.People.JESS;
import static dev.mailroom.demo.People.LUCIA;
import static dev.mailroom.demo.People.MUM;
import static dev.mailroom.demo.People.PRIYA;
import static dev.mailroom.demo.People.TOM;

import dev.mailroom.ingest.MessageFlag;
import java.util.Set;

/** Family and friends: conversations with replies, one forward, and a reminder that is a task. */
final class PersonalThreads {

    private final MailboxAssembler m;

    PersonalThreads(MailboxAssembler mailbox) {
        this.m = mailbox;
    }

    void write() {
        birthdayPlans();
        sundayCall();
        climbing();
        flatWarming();
        lisbonPlans();
        reunionForward();
        passportReminder();
        bookClub();
        movingBoxes();
    }

    private void birthdayPlans() {
        Conversation c = new Conversation(m, "Mum's 65th - ideas?", DemoCategory.PRIMARY);
        c.post(JESS, m.at(41, 20, 12), """
                Hi Alex,

                Mum's 65th is coming up and I think we should do something a bit bigger
                than the usual dinner. Dad suggested a weekend in the Lake District, but
                I'm not sure she'd want to be away from the garden that long.

                Ideas so far:
                - a day at the Bodnant-style gardens she keeps talking about
                - a photo book of the last 30 years (I have boxes of prints)
                - lunch at the Old Mill with everyone

                Can you make it over? Even just for the Saturday would be lovely.

                Jess x
                """, ALEX);
        c.post(ALEX, m.at(41, 22, 47), """
                Love the photo book idea - I can do the layout if you scan the prints.
                I'll check flights for the Saturday, should be fine if I book soon.
                Lunch at the Old Mill sounds perfect, she'd hate a fuss anyway.

                A
                """, JESS);
        c.post(JESS, m.at(40, 8, 5), """
                Brilliant! I'll start scanning this weekend. Could you send me the
                template by the end of next week so I know what size to scan at?

                Also - shall we split the cost of the book? Looks like about GBP 60.
                """, ALEX);
        c.post(ALEX, m.at(40, 12, 31), """
                Yes, half each. 300 dpi is plenty, I'll send the template Thursday.
                """, JESS);
        c.post(JESS, m.at(33, 19, 2), """
                Got the template, it looks gorgeous. First 80 photos are in the shared
                folder. The one of you with the bowl haircut is non-negotiable.
                """, ALEX);
    }

    private void sundayCall() {
        Conversation c = new Conversation(m, "Sunday call", DemoCategory.PRIMARY);
        c.post(MUM, m.at(4, 9, 40), """
                Hello love,

                Are we still on for a video call on Sunday? Your father has finally
                worked out how to use the tablet, so be patient with him.

                The tomatoes have gone mad this year. I'll show you.

                Lots of love,
                Mum
                """, ALEX);
        c.post(ALEX, m.at(4, 18, 15), """
                Hi Mum, yes - Sunday at 5 your time works. I'll call you.
                Can't wait to see the tomato jungle.

                Love, Alex
                """, MUM);
        c.post(MUM, m.at(1, 10, 22), """
                Lovely. Don't forget to tell me how the new job project is going!
                Mum x
                """, ALEX);
    }

    private void climbing() {
        Conversation c = new Conversation(m, "Climbing on Saturday?", DemoCategory.PRIMARY);
        c.post(PRIYA, m.at(13, 12, 3), """
                Hey! The weather looks decent for Saturday. Fancy the crag above
                Walenstadt? I can drive, leaving around 8. Bring your own harness,
                I've only got the one spare and Ben has dibs.
                """, ALEX);
        c.post(ALEX, m.at(13, 13, 20), """
                Count me in. 8 is early but I'll survive. I'll bring snacks and the
                guidebook. Should I pick you up at the tram stop?
                """, PRIYA);
        c.post(PRIYA, m.at(12, 7, 55), """
                Tram stop at 8 sharp, yes. Forecast says 24 degrees, so sunscreen.
                """, ALEX);
        c.post(PRIYA, m.at(9, 21, 40), """
                What a day! Photos are up on my cloud, link below. You crushed that
                6a, by the way. Same time in two weeks?

                https://photos.alpenpost.example/s/k3f9-crag
                """, ALEX);
    }

    private void flatWarming() {
        Conversation c = new Conversation(m, "Flat warming - Saturday 7pm", DemoCategory.PRIMARY).cc(BEN);
        c.post(TOM, m.at(72, 16, 10), """
                Hi all,

                We finally unpacked the last box, so it's time to celebrate! Saturday
                from 7pm at the new place, Kastanienallee 14, 3rd floor (no lift, sorry).

                Bring something to drink if you like, we'll do food. Let me know if
                you're coming so I know how many Maultaschen to make.

                Tom
                """, ALEX, PRIYA);
        c.post(ALEX, m.at(72, 18, 2), """
                I'm in! I'm flying in Friday evening anyway. Bringing a plant, since
                you clearly have none yet.
                """, TOM, PRIYA);
        c.post(TOM, m.at(71, 9, 30), """
                A plant would be perfect. See you Saturday!
                """, ALEX, PRIYA);
    }

    private void lisbonPlans() {
        Conversation c = new Conversation(m, "Lisbon!", DemoCategory.PRIMARY);
        c.post(LUCIA, m.at(52, 21, 14), """
                Alex!!

                I found flights for the long weekend, they're not too bad if we book
                this week. I'm thinking we stay in Alfama, close to the viewpoints.
                Are you still in? I need a yes before I lose my nerve :)

                Besos,
                Lucía
                """, ALEX);
        c.post(ALEX, m.at(52, 22, 30), """
                Yes yes yes. I'll book my flight from Zurich tomorrow and look at
                guesthouses. Budget around EUR 100 a night for the room?
                """, LUCIA);
        c.post(LUCIA, m.at(51, 9, 2), """
                100 is fine. There's a place called Casa do Rio with a terrace, the
                reviews are great. Can you book it? I'll pay you back my half.
                """, ALEX);
        c.post(ALEX, m.at(50, 19, 45), """
                Booked Casa do Rio, 3 nights. Confirmation is in my inbox; I'll
                forward it. My flight lands at 11:40 on the Friday.
                """, LUCIA);
        c.post(LUCIA, m.at(49, 8, 12), """
                Perfect, I land at 13:00, meet you at the guesthouse. Sending my half
                now. This is going to be amazing.
                """, ALEX);
    }

    private void reunionForward() {
        Person organiser = Person.of("Claire Dunmore", "claire.dunmore@oldschool-reunion.test", "Europe/London");
        byte[] original = m.mail(organiser)
                .to(JESS)
                .subject("Hollins Park class of 2009 - 15 year reunion")
                .at(m.at(27, 11, 0))
                .text("""
                        Hi everyone,

                        It's been fifteen years (how?!). We're organising a reunion at the
                        Crown & Anchor on the first Saturday of next month, from 6pm.

                        Tickets are GBP 25 and include a buffet. Partners and siblings who
                        were also at Hollins Park are very welcome - please pass this on.

                        RSVP to this address by the end of the month.

                        Claire (Head Girl, still organising everything)
                        """)
                .bytes();
        m.mail(JESS)
                .to(ALEX)
                .subject("Fwd: Hollins Park class of 2009 - 15 year reunion")
                .at(m.at(26, 20, 40))
                .text("""
                        You were two years below but Claire says siblings are welcome!
                        Want to come? We could make a weekend of it.

                        J
                        """)
                .attachMessage(original)
                .add();
    }

    private void passportReminder() {
        m.mail(MUM)
                .to(ALEX)
                .subject("Your passport")
                .at(m.at(18, 8, 50))
                .flags(Set.of(MessageFlag.SEEN, MessageFlag.FLAGGED))
                .text("""
                        Alex, I was sorting the papers and found the copy of your passport.
                        It runs out in a couple of months! Don't forget to renew your passport
                        before the Lisbon trip - the Swiss consulate took ages last time.

                        You'll need the new photos and the form from the Embassy website.

                        Love,
                        Mum
                        """)
                .add();
    }

    private void bookClub() {
        Conversation c = new Conversation(m, "Book club - next pick", DemoCategory.PRIMARY).cc(TOM, BEN);
        c.post(PRIYA, m.at(23, 19, 5), """
                Hi bookworms,

                My turn to choose. Shortlist:
                1. "The Salt Roads" (historical, 400 pages, sorry)
                2. "Small Hours" (short stories)
                3. "A Map of the Tides" (everyone says it's great)

                Vote by Friday please! Meeting at mine on the 2nd Thursday.
                """, ALEX);
        c.post(BEN, m.at(23, 21, 33), """
                3, obviously. Also I'll bring the cheese this time.
                """, PRIYA, ALEX);
        c.post(ALEX, m.at(22, 8, 15), """
                Voting 3 as well. Small Hours for next time?
                """, PRIYA);
    }

    private void movingBoxes() {
        Conversation c = new Conversation(m, "Moving boxes", DemoCategory.PRIMARY).archived();
        c.post(BEN, m.at(168, 17, 45), """
                Do you still have those moving boxes? My sister is moving next month
                and I promised I'd find some. Happy to pick them up whenever.
                """, ALEX);
        c.post(ALEX, m.at(168, 19, 3), """
                About 20 of them, flat-packed in the basement. Come by Thursday evening?
                """, BEN);
        c.post(BEN, m.at(167, 9, 10), """
                Thursday works. You're a star. Beer's on me.
                """, ALEX);
    }
}
