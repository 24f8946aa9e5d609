package dev.eventtestkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Payloads and headers as the reports show them: on one line (control characters escaped), shortened to a
 * bound with the count of what was left out, headers sorted by name so that equal runs give equal bytes. The
 * one home of these rules for the text timeline and the HTML report.
 */
@API(status = INTERNAL)
public final class ShortText {

    private ShortText() {}

    /**
     * @param text any text
     * @param max the most characters kept, at least 1
     * @return the text when it is no longer, else its first {@code max} characters (never half a surrogate
     *     pair) followed by {@code ... (N more chars)}
     */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "... (" + (text.length() - end) + " more chars)";
    }

    /**
     * @param text any text
     * @return the text on one line: line breaks, tabs and other control characters as JSON escapes
     */
    public static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * @param headers a message's headers
     * @param max the most characters kept of each value
     * @return e.g. {@code tenant="acme", traceId="t-1"}: sorted by name, each value on one line and shortened
     */
    public static String headers(Map<String, String> headers, int max) {
        StringJoiner text = new StringJoiner(", ");
        new TreeMap<>(headers).forEach((name, value) ->
                text.add(oneLine(name) + "=\"" + oneLine(shorten(value, max).replace("\\", "\\\\").replace("\"", "\\\""))
                        + "\""));
        return text.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                return c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
        }
    }
}
