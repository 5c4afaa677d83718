package dev.mailroom.demo;

import java.util.List;

/** The table-based HTML that transactional mail senders use, with inline styles. */
final class HtmlMail {

    private HtmlMail() {}

    /** A complete HTML document: brand bar, intro paragraphs, a two-column table and a footer. */
    static String page(String brand, String colour, List<String> paragraphs, List<String[]> rows, String footer) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s</title></head>
                <body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif;color:#222">
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
                <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
                <tr><td style="background:%s;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">%s</td></tr>
                <tr><td style="padding:24px">
                """.formatted(brand, colour, brand));
        for (String paragraph : paragraphs) {
            html.append("<p style=\"margin:0 0 14px;line-height:1.5\">").append(paragraph).append("</p>\n");
        }
        if (!rows.isEmpty()) {
            html.append("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;"
                    + "margin:12px 0\">\n");
            for (String[] row : rows) {
                html.append("<tr><td style=\"border-bottom:1px solid #e5e5e5\">").append(row[0])
                        .append("</td><td align=\"right\" style=\"border-bottom:1px solid #e5e5e5\">").append(row[1])
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</td></tr>\n<tr><td style=\"padding:16px 24px;font-size:12px;color:#888\">").append(footer)
                .append("</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n");
        return html.toString();
    }

    /** The same content as plain text, for the text/plain alternative. */
    static String text(List<String> paragraphs, List<String[]> rows, String footer) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            text.append(paragraph.replaceAll("<[^>]+>", "")).append("\n\n");
        }
        for (String[] row : rows) {
            String label = row[0].replaceAll("<[^>]+>", "");
            String value = row[1].replaceAll("<[^>]+>", "");
            text.append(label).append(" ".repeat(Math.max(1, 36 - label.length()))).append(value).append('\n');
        }
        return text.append("\n--\n").append(footer.replaceAll("<[^>]+>", "")).append('\n').toString();
    }
}
