package dev.mailroom.extract;

import static dev.mailroom.extract.PaymentProbes.assertMoney;

import org.junit.jupiter.api.Test;

/**
 * Fourteenth-round cases: a total written as a bare number in a table whose column names the currency
 * is the sum, over a figure that stands only loosely in the text (a fee for paying on paper, a device's
 * full price in brackets).
 */
class BareTotalsOverLooseSumsTest {

    private final PaymentProbes probes = new PaymentProbes();

    @Test
    void aBareTotalWithItsTaxNamedBeatsAFeeInTheFooter() {
        assertMoney(probes.find("Talnet <rechnung@talnet.example>", "Ihre Talnet Rechnung Mai 2026",
                "Ihre Rechnung für Mai 2026 ist bereit.\nRechnungsnummer\t2026-05-118830\nLeistung\tCHF\n"
                        + "Abo Mobile M, 01.05.–31.05.2026\t49.–\n"
                        + "Gerät, Rate 3 von 24 (Gesamtpreis CHF 720.00)\t30.00\n"
                        + "Roaming Daten\t212.40\nGutschrift Kulanz\t–10.–\n"
                        + "Total inkl. MWST\t1'281.40\ndavon MWST 8.1 %\t96.02\n"
                        + "Zahlbar bis 31.05.2026.\n"
                        + "Bei Zahlung mit rotem Einzahlungsschein erheben wir eine Gebühr von CHF 5.–."), "1281.40", "CHF");
    }
}
