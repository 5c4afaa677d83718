package dev.mailroom.extract.internal.dates;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/**
 * Month names in English, German, French, Italian, Spanish, Dutch, Portuguese, Catalan, the Nordic
 * languages, Polish, Indonesian, Turkish, Czech, Hungarian, Romanian, Finnish, Russian, Ukrainian, Greek
 * and Bulgarian, and weekday names in the first five, full and abbreviated, lower case.
 */
final class Words {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        months(1, "january jan januar jänner janvier janv gennaio gen enero ene januari janeiro gener stycznia styczeń");
        months(2, "february feb februar février fevrier févr fevr febbraio febrero februari fevereiro fev febrer lutego luty");
        months(3, "march mar märz maerz mär mars marzo maart mrt março marco març maret marca marzec");
        months(4, "april apr avril avr aprile abril abr kwietnia kwiecień");
        months(5, "may mai maggio mag mayo mei maio maig maj maja");
        months(6, "june jun juni juin giugno giu junio junho juny czerwca czerwiec");
        months(7, "july jul juli juillet juil luglio lug julio julho juliol lipca lipiec");
        months(8, "august aug août aout agosto ago augustus augusti agost agustus sierpnia sierpień");
        months(9, "september sep sept septembre settembre set septiembre setiembre setembro setembre września wrzesień");
        months(10, "october oct oktober okt octobre ottobre ott octubre outubro out października październik");
        months(11, "november nov novembre noviembre listopada listopad");
        months(12, "december dec dezember dez décembre decembre déc dicembre dic diciembre dezembro desembre desember grudnia grudzień");
        // Turkish, Czech (genitive), Hungarian, Romanian, Finnish (partitive), Russian and Ukrainian (genitive)
        months(1, "ocak ledna január ianuarie tammikuuta января січня");
        months(2, "şubat subat února február februarie helmikuuta февраля лютого");
        months(3, "mart března március martie maaliskuuta марта березня");
        months(4, "nisan dubna április aprilie huhtikuuta апреля квітня");
        months(5, "mayıs mayis května május toukokuuta мая травня");
        months(6, "haziran června június iunie kesäkuuta июня червня");
        months(7, "temmuz července július iulie heinäkuuta июля липня");
        months(8, "ağustos agustos srpna augusztus elokuuta августа серпня");
        months(9, "eylül eylul září szeptember septembrie syyskuuta сентября вересня");
        months(10, "ekim října október octombrie lokakuuta октября жовтня");
        months(11, "kasım kasim listopadu noiembrie marraskuuta ноября листопада");
        months(12, "aralık aralik prosince decembrie joulukuuta декабря грудня");
        // Danish March, Greek (genitive) and Bulgarian
        months(1, "ιανουαρίου ιανουαριου януари");
        months(2, "φεβρουαρίου φεβρουαριου февруари");
        months(3, "marts μαρτίου μαρτιου март");
        months(4, "απριλίου απριλιου април");
        months(5, "μαΐου μαιου май");
        months(6, "ιουνίου ιουνιου юни");
        months(7, "ιουλίου ιουλιου юли");
        months(8, "αυγούστου αυγουστου август");
        months(9, "σεπτεμβρίου σεπτεμβριου септември");
        months(10, "οκτωβρίου οκτωβριου октомври");
        months(11, "νοεμβρίου νοεμβριου ноември");
        months(12, "δεκεμβρίου δεκεμβριου декември");
        weekdays(DayOfWeek.MONDAY, "monday mon montag lundi lunedì lunedi lunes");
        weekdays(DayOfWeek.TUESDAY, "tuesday tue tues dienstag mardi martedì martedi martes");
        weekdays(DayOfWeek.WEDNESDAY, "wednesday wed mittwoch mercredi mercoledì mercoledi miércoles miercoles");
        weekdays(DayOfWeek.THURSDAY, "thursday thu thurs donnerstag jeudi giovedì giovedi jueves");
        weekdays(DayOfWeek.FRIDAY, "friday fri freitag vendredi venerdì venerdi viernes");
        weekdays(DayOfWeek.SATURDAY, "saturday sat samstag sonnabend samedi sabato sábado sabado");
        weekdays(DayOfWeek.SUNDAY, "sunday sun sonntag dimanche domenica domingo");
    }

    private Words() {}

    private static void months(int month, String names) {
        for (String name : names.split(" ")) {
            MONTHS.put(name, month);
        }
    }

    private static void weekdays(DayOfWeek day, String names) {
        for (String name : names.split(" ")) {
            WEEKDAYS.put(name, day);
        }
    }

    /** The month (1-12) named by the lower-case {@code word}, or 0. */
    static int month(String word) {
        return MONTHS.getOrDefault(word, 0);
    }

    /** The weekday named by the lower-case {@code word}, or null. */
    static DayOfWeek weekday(String word) {
        return WEEKDAYS.get(word);
    }
}
