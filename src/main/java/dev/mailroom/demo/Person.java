package dev.mailroom.demo;

import java.time.ZoneId;

/** Someone who writes or receives demo mail, with the time zone their mail client stamps. */
record Person(String name, String email, ZoneId zone) {

    static Person of(String name, String email, String zone) {
        return new Person(name, email, ZoneId.of(zone));
    }

    /** The first word of the name, as people sign their mail. */
    String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
