package dev.mailroom.extract;

import dev.mailroom.shared.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON shape of an extracted payment, as {@code mailroom extract payments --json} prints it and
 * {@code mailroom eval payments} reads it: {@code {kind, payee, amount, currency, due_date,
 * invoice_number, account_last4, period, confidence}}, the amount as a decimal string and dates in
 * ISO-8601. Every key is written, null when unknown.
 */
public final class PaymentJson {

    private PaymentJson() {}

    /** The payment as an ordered map of its JSON keys, ready for {@link Json#write}. */
    public static Map<String, Object> toMap(ExtractedPayment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind().key());
        m.put("payee", p.payee());
        m.put("amount", p.amount().toPlainString());
        m.put("currency", p.currency());
        m.put("due_date", p.dueDate() == null ? null : p.dueDate().toString());
        m.put("invoice_number", p.invoiceNumber());
        m.put("account_last4", p.accountLast4());
        m.put("period", p.period() == null ? null : p.period().toString());
        m.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
        return m;
    }

    /** The payments as a list of JSON maps. */
    public static List<Map<String, Object>> toMaps(List<ExtractedPayment> payments) {
        return payments.stream().map(PaymentJson::toMap).toList();
    }

    /**
     * Reads a JSON list of payments in this shape. {@code kind}, {@code payee}, {@code amount} and
     * {@code currency} are required; the other keys may be missing or null, and a missing confidence
     * reads as 1.
     *
     * @throws IllegalArgumentException naming what is wrong, when the text is not such a list
     */
    public static List<ExtractedPayment> readList(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected a JSON list of payments, such as [] or [{\"kind\": \"bill\", ...}]");
        }
        List<ExtractedPayment> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            try {
                out.add(read(n));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("payment " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static ExtractedPayment read(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected an object");
        }
        String due = text(n, "due_date", false);
        String period = text(n, "period", false);
        JsonNode confidence = n.get("confidence");
        return new ExtractedPayment(PaymentKind.of(text(n, "kind", true)), text(n, "payee", true),
                new BigDecimal(text(n, "amount", true)), text(n, "currency", true),
                due == null ? null : LocalDate.parse(due), text(n, "invoice_number", false),
                text(n, "account_last4", false), period == null ? null : BillingPeriod.parse(period),
                confidence == null || confidence.isNull() ? 1.0 : confidence.asDouble());
    }

    private static String text(JsonNode n, String key, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("'" + key + "' is missing");
            }
            return null;
        }
        return v.isTextual() ? v.asText() : v.toString();
    }
}
