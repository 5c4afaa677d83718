package dev.mailroom.extract.internal.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DollarsTest {

    @Test
    void aBareDollarShouldBeTheCurrencyOfTheSendersCountry() {
        assertThat(Dollars.localCurrency("facturas.tienda.com.uy")).isEqualTo("UYU");
        assertThat(Dollars.localCurrency("billing.power.com.au")).isEqualTo("AUD");
        assertThat(Dollars.localCurrency("hydro.ca")).isEqualTo("CAD");
        assertThat(Dollars.localCurrency("shop.example.com")).isNull();
        assertThat(Dollars.localCurrency(null)).isNull();
    }

    @Test
    void onlyABareDollarSignShouldBeReadByCountry() {
        assertThat(Dollars.isBare("$ 18.452,30")).isTrue();
        assertThat(Dollars.isBare("12.00 $")).isTrue();
        assertThat(Dollars.isBare("US$ 12.00")).isFalse();
        assertThat(Dollars.isBare("C$ 12.00")).isFalse();
        assertThat(Dollars.isBare("USD 12.00")).isFalse();
    }
}
