package dev.mailroom.demo;

/** The cast: Alex Morgan, a British product designer in Zurich, and the people who write to Alex. */
final class People {

    static final Person ALEX = Person.of("Alex Morgan", "alex@morgan-home.example", "Europe/Zurich");

    static final Person MUM = Person.of("Helen Morgan", "helen.morgan@kestrelmail.example", "Europe/London");
    static final Person JESS = Person.of("Jess Morgan", "jess.morgan@kestrelmail.example", "Europe/London");
    static final Person PRIYA = Person.of("Priya Raman", "priya.raman@alpenpost.example", "Europe/Zurich");
    static final Person TOM = Person.of("Tom Becker", "tom@beckerhaus.example", "Europe/Berlin");
    static final Person LUCIA = Person.of("Lucía Fernández", "lucia.fernandez@correo-sol.example", "Europe/Madrid");
    static final Person BEN = Person.of("Ben Achterberg", "ben.a@kestrelmail.example", "Europe/Amsterdam");

    static final Person NADIA = Person.of("Nadia Keller", "nadia.keller@larchwood.example", "Europe/Zurich");
    static final Person JONAS = Person.of("Jonas Weber", "jonas.weber@larchwood.example", "Europe/Zurich");
    static final Person MEI = Person.of("Mei Lin", "mei.lin@larchwood.example", "Asia/Singapore");
    static final Person MARKUS = Person.of("Hofmann, Markus", "m.hofmann@brennwald-gruppe.example", "Europe/Berlin");
    static final Person LANDLORD = Person.of("Verwaltung Seefeld AG", "vermietung@seefeld-immo.example", "Europe/Zurich");
    static final Person DANA = Person.of("Dana Whitfield", "dana@northpoint-summit.example", "America/New_York");

    private People() {}
}
