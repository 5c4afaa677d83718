package dev.mailroom.extract.internal.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalCurrenciesTest {

    @Test
    void aBareDollarShouldBeTheCurrencyOfTheSendersCountry() {
        assertThat(LocalCurrencies.localCurrency("facturas.tienda.com.uy")).isEqualTo("UYU");
        assertThat(LocalCurrencies.localCurrency("billing.power.com.au")).isEqualTo("AUD");
        assertThat(LocalCurrencies.localCurrency("hydro.ca")).isEqualTo("CAD");
        assertThat(LocalCurrencies.localCurrency("shop.example.com")).isNull();
        assertThat(LocalCurrencies.localCurrency("bancolombia.com.co")).isEqualTo("COP");
        assertThat(LocalCurrencies.localCurrency("system.dub.co")).as("a .co start-up is not Colombian").isNull();
        assertThat(LocalCurrencies.localCfa("hotel.example.cm", "")).isEqualTo("XAF");
        assertThat(LocalCurrencies.localYen("service.example.com", "您的订单已付款成功。实付款：¥128.50")).isEqualTo("CNY");
        assertThat(LocalCurrencies.localYen("shop.example.com", "ご注文ありがとうございます。合計：¥1,280")).isNull();
        assertThat(LocalCurrencies.localYen("shop.example.co.jp", "小計 ¥3,980 送料 ¥500 合計 ¥4,480（税込）")).isNull();
        assertThat(LocalCurrencies.localCfa("shop.example.com", "livraison à douala, cameroun")).isEqualTo("XAF");
        assertThat(LocalCurrencies.localCfa("boutique.example.sn", "dakar, sénégal")).isNull();
        assertThat(LocalCurrencies.localCurrency(null)).isNull();
        assertThat(LocalCurrencies.localYuan("finance.example.com.tw")).isEqualTo("TWD");
        assertThat(LocalCurrencies.localYuan("shop.example.hk")).isEqualTo("HKD");
        assertThat(LocalCurrencies.localYuan("shop.example.cn")).isNull();
        assertThat(LocalCurrencies.localBolivar("banco.example.ve")).isEqualTo("VES");
        assertThat(LocalCurrencies.localBolivar("netandina.com.bo")).isNull();
    }

    @Test
    void aBareDollarFromADomainThatNamesNoCountryIsReadFromWhatElseTheMessageWrites() {
        assertThat(LocalCurrencies.dollarInText("Here's invoice INV-0457 for AUD 1,386.00.\nThe amount outstanding of $1,386.00 is due",
                "$1,386.00")).isEqualTo("AUD");
        assertThat(LocalCurrencies.dollarInText("TOTAL DUE $94.00\nGo to telstra.com.au/directdebit", "$94.00")).isEqualTo("AUD");
        assertThat(LocalCurrencies.dollarInText("BPAY Biller Code: 23796\nTotal $94.00", "$94.00")).isEqualTo("AUD");
        assertThat(LocalCurrencies.dollarInText("Telstra Limited ABN 64 086 174 781\nTotal $94.00", "$94.00")).isEqualTo("AUD");
        assertThat(LocalCurrencies.dollarInText("Mois courant 85,00 $\nTPS 4,25 $\nTVQ 8,48 $", "85,00 $")).isEqualTo("CAD");
        assertThat(LocalCurrencies.dollarInText("Total du mois 97,73 $", "97,73 $")).isEqualTo("CAD");
        assertThat(LocalCurrencies.dollarInText("Subtotal $40.00\nHST (13%) $5.20", "$40.00")).isEqualTo("CAD");

        assertThat(LocalCurrencies.dollarInText("Amount due: $184.30\nSupply Address: 14 Wattle Grove, Brunswick VIC 3056", "$184.30"))
                .isEqualTo("AUD");
        assertThat(LocalCurrencies.dollarInText("Amount Due: $184.30\nPower & Gas Pty Ltd, Level 23", "$184.30")).isEqualTo("AUD");
        assertThat(LocalCurrencies.dollarInText("Amount Due: R184.30\nEskom Holdings (Pty) Ltd", "$184.30")).as("South Africa's form")
                .isNull();
        assertThat(LocalCurrencies.dollarInText("Amount due: $96.41\nSign up for Pre-Authorized Debit", "$96.41")).isEqualTo("CAD");
        assertThat(LocalCurrencies.dollarInText("Amount due: $96.41\n14 Carlton St, Toronto ON M5B 1K5", "$96.41")).isEqualTo("CAD");
        assertThat(LocalCurrencies.fromText("toronto hydro customer care")).isEqualTo("CAD");
        assertThat(LocalCurrencies.ofSpanishInMexicanTime("hola jorge, tu solicitud de pago se realizó. monto: $ 3,500.00",
                java.time.ZoneOffset.ofHours(-6))).isEqualTo("MXN");
        assertThat(LocalCurrencies.ofSpanishInMexicanTime("hola jorge, tu solicitud de pago se realizó. monto: $ 3,500.00",
                java.time.ZoneOffset.ofHours(-5))).isNull();
        assertThat(LocalCurrencies.ofSpanishInMexicanTime("your payment of $35.00 was received", java.time.ZoneOffset.ofHours(-6)))
                .isNull();
        assertThat(LocalCurrencies.dollarInText("Total $12.00\nPrices in USD. Also sold in CAD.", "$12.00")).as("says USD").isNull();
        assertThat(LocalCurrencies.dollarInText("Total $12.00 (AUD 18.40, NZD 19.90)", "$12.00")).as("two codes").isNull();
        assertThat(LocalCurrencies.dollarInText("Total $12.00\nVisit shop.example.com", "$12.00")).isNull();
        assertThat(LocalCurrencies.dollarInText("Your ABN AMRO card\nTotal $12.00", "$12.00")).as("the Dutch bank").isNull();
        assertThat(LocalCurrencies.dollarInText("Total $1,200.50", "$1,200.50")).isNull();
    }

    @Test
    void onlyABareDollarSignShouldBeReadByCountry() {
        assertThat(LocalCurrencies.isBare("$ 18.452,30")).isTrue();
        assertThat(LocalCurrencies.isBare("12.00 $")).isTrue();
        assertThat(LocalCurrencies.isBare("US$ 12.00")).isFalse();
        assertThat(LocalCurrencies.isBare("C$ 12.00")).isFalse();
        assertThat(LocalCurrencies.isBare("USD 12.00")).isFalse();
    }

    @Test
    void aBareCrownShouldBeTheCrownOfTheSendersCountry() {
        assertThat(LocalCurrencies.localCrown("kvittering.butikk.no")).isEqualTo("NOK");
        assertThat(LocalCurrencies.localCrown("shop.dk")).isEqualTo("DKK");
        assertThat(LocalCurrencies.localCrown("butik.se")).isNull();
        // From a domain of no country, the crown of the one country whose hosts the text names.
        assertThat(LocalCurrencies.localCrown("surftown.com", "webhotel business, boghtraeprodukter.dk")).isEqualTo("DKK");
        assertThat(LocalCurrencies.localCrown("surftown.com", "webhotel business")).isNull();
        assertThat(LocalCurrencies.localCrown("shop.de", "www.butikk.no")).isNull();
    }

    @Test
    void aDomainShouldNameACountryOnlyByACodeNotSoldAsAName() {
        assertThat(LocalCurrencies.namesCountry("shop.de")).isTrue();
        assertThat(LocalCurrencies.namesCountry("tienda.com.co")).isTrue();
        assertThat(LocalCurrencies.namesCountry("acme.com")).isFalse();
        assertThat(LocalCurrencies.namesCountry("startup.io")).isFalse();
        assertThat(LocalCurrencies.namesCountry("dub.co")).isFalse();
        assertThat(LocalCurrencies.namesCountry(null)).isFalse();
        assertThat(LocalCurrencies.isBareCrown("249,00 kr")).isTrue();
        assertThat(LocalCurrencies.isBareCrown("SEK 249,00")).isFalse();
    }

    @Test
    void aRupeeInLettersShouldBeTheRupeeOfTheSendersCountry() {
        assertThat(LocalCurrencies.localRupee("alerts.bank.lk")).isEqualTo("LKR");
        assertThat(LocalCurrencies.localRupee("bank.com.pk")).isEqualTo("PKR");
        assertThat(LocalCurrencies.localRupee("bank.co.in")).isNull();
        assertThat(LocalCurrencies.localRupee("shop.com")).isNull();
    }

    @Test
    void aBareYenSignFromChinaShouldBeTheYuan() {
        assertThat(LocalCurrencies.localYen("mail.shop.com.cn")).isEqualTo("CNY");
        assertThat(LocalCurrencies.localYen("shop.co.jp")).isNull();
    }

    @Test
    void aCrownFromADomainOfNoCountryShouldFollowTheLanguageOfTheText() {
        assertThat(LocalCurrencies.localCrown("klarna.com", "vi har endnu ikke modtaget din betaling for dit køb. at betale: 599,00 kr. venlig hilsen"))
                .isEqualTo("DKK");
        assertThat(LocalCurrencies.localCrown("klarna.com", "vi har ikke mottatt betalingen for ditt kjøp. beløp: 599,00 kr. vennlig hilsen"))
                .isEqualTo("NOK");
        assertThat(LocalCurrencies.localCrown("klarna.com", "vi har ännu inte fått din betalning för ditt köp. att betala: 599 kr"))
                .isEqualTo("SEK");
        assertThat(LocalCurrencies.localCrown("shop.com", "total: 599 kr")).isNull();
    }

    @Test
    void aBareDollarShouldBeThePesoOfTheOneLatinAmericanCountryTheTextNames() {
        assertThat(LocalCurrencies.fromText("bancolombia le informa compra por $185.900,00 en exito colombia")).isEqualTo("COP");
        assertThat(LocalCurrencies.fromText("tu resumen de cuenta, banco de chile")).isEqualTo("CLP");
        assertThat(LocalCurrencies.fromText("shipped from argentina to the united states")).isNull();
        // A payment system or bank of one country only.
        assertThat(LocalCurrencies.fromText("your interac e-transfer has been sent. amount: $1,450.00")).isEqualTo("CAD");
        assertThat(LocalCurrencies.fromText("el estado de cuenta de tu tarjeta de crédito banorte ya está disponible")).isEqualTo("MXN");
    }
}
