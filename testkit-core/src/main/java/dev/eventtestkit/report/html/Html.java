package dev.eventtestkit.report.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The one home of escaping for the kit's HTML reports: text and attribute values, and JSON embedded in a
 * {@code <script type="application/json">} block. Whatever an event holds ({@code </script>}, quotes, control
 * characters, lone surrogates), the page stays well-formed and no payload runs as script.
 */
@API(status = INTERNAL)
public final class Html {

    private Html() {}

    /**
     * @param text any text
     * @return the text safe inside an element or a quoted attribute: {@code & < > " '} as entities, control
     *     characters other than line breaks and tabs as {@code \\u0007}, a lone surrogate as U+FFFD
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out);
        return out.toString();
    }

    /**
     * @param text any text
     * @param out where the escaped text goes, as {@link #escape(String)}
     */
    public static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append(c);
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        i = character(text, i, out, "\uFFFD");
                    }
                }
            }
        }
    }

    /**
     * @param text any text
     * @return a JSON string literal safe inside a {@code <script>} block: {@code < > &} and the line separators
     *     as {@code \\u} escapes, so no text closes the block; a lone surrogate as U+FFFD
     */
    public static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        json(text, out);
        return out.toString();
    }

    /**
     * @param text any text
     * @param out where the JSON string literal goes, as {@link #json(String)}
     */
    public static void json(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        i = character(text, i, out, "\\ufffd");
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Appends the character at {@code i}: a surrogate pair whole, a lone surrogate (which UTF-8 cannot hold) as the
     * replacement.
     *
     * @return the index of the last character used
     */
    private static int character(String text, int i, StringBuilder out, String replacement) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
            out.append(c);
            return i;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        out.append(replacement);
        return i;
    }

    /**
     * The head of every report: UTF-8, a viewport, and a content security policy that forbids every fetch
     * (no network, no external script, style, font or image), so the file works offline and alone.
     *
     * @param title the page title, escaped here
     * @param css the page's style sheet
     * @return the page up to and including {@code <body>}
     */
    public static String head(String title, String css) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"EventTestkit\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n";
    }
}
