package dev.mailroom.extract.internal.payees;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayeeNamesTest {

    @ParameterizedTest(name = "{0} <{1}> is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Netflix Billing          | info@account.netflix.com       | Netflix",
        "-                        | billing@netflix.com            | Netflix",
        "-                        | no-reply@mail.spotify.com      | Spotify",
        "-                        | rechnung@holzwerk-moebel.de    | Holzwerk Moebel",
        "-                        | invoices@billing.acme.co.uk    | Acme",
        "Holzwerk Möbel GmbH      | rechnung@holzwerk-moebel.de    | Holzwerk Möbel",
        "Acme, Inc.               | billing@acme.com               | Acme",
        "Limmat Energie AG        | rechnung@limmat-energie.ch     | Limmat Energie",
        "Kestrel Mobile Ltd       | bills@kestrelmobile.co.uk      | Kestrel Mobile",
        "no-reply                 | no-reply@tunewave.com          | Tunewave",
        "Swisscom Customer Service | noreply@swisscom.ch           | Swisscom",
        "ハナミズキ書店運営事務局        | info@hanamizuki.example        | ハナミズキ書店",
        "Northwind Invoice Company | ar@northwind.example          | Northwind Invoice Company",
        "Bright Company Ltd       | hello@bright.example           | Bright Company",
        "Hartley & Co             | accounts@hartley.example       | Hartley",
        "The Copperleaf Team      | team@copperleaf.example        | Copperleaf",
        "Bookfinch.co.uk          | orders@bookfinch.co.uk         | Bookfinch",
        "Pastabox - Team 6        | ordini@pastabox.it             | Pastabox",
        "Notificaciones Telvoz    | avisos@telvoz.es               | Telvoz",
        "Kollektiv Musik SCE      | yes@kollektiv.example          | Kollektiv Musik",
        "NVN Ledenadministratie   | leden@nvn.example              | NVN",
        "ITL Servizio Clienti     | info@itl.example               | ITL",
        "株式会社ミドリ企画 経理部       | keiri@midori.example           | ミドリ企画",
        "Telekom Deutschland      | rechnung@telekom.example       | Telekom",
        "Nordwerk Energi Kundservice | faktura@nordwerkenergi.example | Nordwerk Energi",
        "Citadel Cards            | alerts@citadel.example         | Citadel",
        "Air Franconia            | billing@airfranconia.example   | Air Franconia",
        "Deutsche Kreditbank Polska | info@dkb.example             | Deutsche Kreditbank Polska",
        "FŐTÁV Zrt.               | ugyfel@fotav.example           | FŐTÁV",
        "Tallinna Remont OÜ       | arve@remont.example            | Tallinna Remont",
        "Ceramica Sur S.A. de C.V. | ventas@ceramicasur.example    | Ceramica Sur",
        "Keystone Mutual Insurance | bills@keystonemutual.example  | Keystone Mutual Insurance",
        "Larder Bakehouse via Toast | no-reply@toasttab.example    | Larder Bakehouse",
    })
    void payeeShouldBeTheNormalisedMerchantName(String name, String address, String expected) {
        assertThat(PayeeNames.of(name, address)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "BLUE HERON BAKERY   PORTLAND   USA | Blue Heron Bakery",
        "KIOSKO LUNA* CAFE SAN PEDRO CRI    | Kiosko Luna Cafe San Pedro",
        "GAMESTOCK.COM/BILL                 | Gamestock",
        "TRAMLINE SUBSCRIPTION              | Tramline",
        "CITY PARKING INDIA                 | City Parking",
        "SQ *BLUE HERON BAKERY              | Blue Heron Bakery",
        "PAYPAL *KITEWAY                    | Kiteway",
        "at SUPERS #240     SHERWOOD   WI   | Supers",
        "TRUE VALUE #0023 in DESTIN USA     | True Value",
        "CORNER STORE 1234                  | Corner Store",
        "CAFE SAN ALBERTO MUSE0             | Cafe San Alberto",
        "PIER 49 PIZZA - SALT               | Pier 49 Pizza",
        "STAPLES,INC          on            | Staples",
        "VPA paytm.abc@pty GREEN GROCERS    | Green Grocers",
        "Harbour Noodles Pte. Ltd. (UEN 01) | Harbour Noodles",
        "ＡＭＡＺＯＮ　ＣＯ　ＪＰ                | Amazon",
        "FARMACITY SUC 112                  | Farmacity",
    })
    void aCardDescriptorShouldReadAsAMerchantName(String descriptor, String expected) {
        assertThat(PayeeNames.ofDescriptor(descriptor)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aPersonsMailShouldBeSignedForTheBusinessItsDomainNames() {
        java.util.List<String> body = java.util.List.of("Hi Priya,", "Invoice #WC-0412 for £1,240.00 is due on 5 March 2026.", "Thanks,",
                "Hannah Whitlock", "Whitlock Copywriting");
        assertThat(PayeeNames.signedBusiness("Hannah Whitlock", "hannah@whitlockcopy.co.uk", body)).isEqualTo("Whitlock Copywriting");
        assertThat(PayeeNames.signedBusiness("Josh Keane | Brightside Web Studio", "josh@brightsideweb.com.au", java.util.List.of()))
                .isEqualTo("Brightside Web Studio");
        assertThat(PayeeNames.signedBusiness("Sofía Ramírez", "sofia@estudioramirez.com.mx",
                java.util.List.of("Gracias,", "Sofía Ramírez", "Estudio Ramírez Diseño"))).isEqualTo("Estudio Ramírez Diseño");
        // A business's own name, a line that is no name, or a domain that says nothing else: no change.
        assertThat(PayeeNames.signedBusiness("Nuvola Analytics", "fatture@nuvola.example",
                java.util.List.of("Nuvola Analytics", "Fattura da Nuvola Analytics"))).isNull();
        assertThat(PayeeNames.signedBusiness("Teehaus Sommerfeld", "shop@teehaus-sommerfeld.de",
                java.util.List.of("Teehaus Sommerfeld", "Inh. Jan Sommerfeld"))).isNull();
        assertThat(PayeeNames.signedBusiness("Hannah Whitlock", "hannah@gmail.com", body)).isNull();
    }

    @Test
    void aDescriptorShouldLeaveOutTheTownAndStateAfterTheName() {
        assertThat(PayeeNames.ofDescriptor("Whole Foods Market, Albuquerque NM")).isEqualTo("Whole Foods Market");
        assertThat(PayeeNames.ofDescriptor("Smith, Jones & Partners")).isEqualTo("Smith Jones & Partners");
    }

    @Test
    void aBusinessShouldBeFoundPastTheSignatureSeparatorOrBesideItsAddress() {
        assertThat(PayeeNames.signedBusiness("Jonas Brandt", "jonas@it-brandt.de",
                java.util.List.of("Viele Grüße", "Jonas Brandt", "--", "IT-Service Brandt", "Körnerstraße 14, 04107 Leipzig")))
                .isEqualTo("IT-Service Brandt");
        assertThat(PayeeNames.signedBusiness("Daan Verhoef", "daan@studiovlam.nl",
                java.util.List.of("Groet,", "Daan", "Studio Vlam | Oudegracht 211 | Utrecht"))).isEqualTo("Studio Vlam");
        assertThat(PayeeNames.signedBusiness("Priya Shah", "accounts@harbourlanecatering.co.uk",
                java.util.List.of("Best wishes,", "Priya Shah", "Accounts, Harbour Lane Catering", "0117 403 2216")))
                .isEqualTo("Harbour Lane Catering");
        // A display name that is the domain's brand is no person signing for a business.
        assertThat(PayeeNames.signedBusiness("La Poste Mobile", "facture@info.lapostemobile.fr",
                java.util.List.of("La Poste Mobile", "LA POSTE TELECOM SAS - 855 av. R. Salengro - 92370 Chaville"))).isNull();
    }
}
