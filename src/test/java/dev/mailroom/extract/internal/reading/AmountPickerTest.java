package dev.mailroom.extract.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmountPickerTest {

    private static AmountPicker.Candidate bare(String... lines) {
        List<String> l = List.of(lines);
        return AmountPicker.bareTotal(l, l.stream().map(MessageLines::lowerSameLength).toList());
    }

    @Test
    void aBareTotalShouldTakeTheOneCurrencyTheMessageNames() {
        AmountPicker.Candidate c = bare("Thank you for your order!", "Total: 18.40", "All prices in EUR, VAT included.");
        assertThat(c).isNotNull();
        assertThat(c.money().amount()).isEqualByComparingTo("18.40");
        assertThat(c.money().currency()).isEqualTo("EUR");
        assertThat(c.score()).isEqualTo(AmountPicker.STRONG);
        assertThat(bare("Rechnungsbetrag 1.234,50", "Betrag in CHF").money().amount()).isEqualByComparingTo("1234.50");
    }

    @Test
    void aBareTotalShouldNeedOneCurrencyAndATotalsLabel() {
        assertThat(bare("Total: 18.40", "Prices in EUR or USD")).isNull();
        assertThat(bare("Total: 18.40", "Thanks!")).isNull();
        assertThat(bare("Subtotal: 18.40", "All prices in EUR")).isNull();
        assertThat(bare("Total: 0.00", "All prices in EUR")).isNull();
    }
}
