package dev.eventtestkit.event;

import org.apiguardian.api.API;

/**
 * Text given to {@link Json#parse(String)} is not JSON. The message names the line and column and what the
 * parser expected, e.g. {@code not valid JSON: line 2, column 17: Unexpected character ('}' (code 125)): was
 * expecting double-quote to start property name}.
 */
@API(status = API.Status.STABLE)
public class JsonParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param line the line of the error, from 1, or 0 when unknown
     * @param column the column of the error, from 1, or 0 when unknown
     * @param reason what the parser found and expected
     */
    public JsonParseException(int line, int column, String reason) {
        super("not valid JSON: " + (line > 0 ? "line " + line + ", column " + column + ": " : "") + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** @return the line of the error, from 1, or 0 when unknown (e.g. empty text) */
    public int line() {
        return line;
    }

    /** @return the column of the error, from 1, or 0 when unknown */
    public int column() {
        return column;
    }

    /** @return what the parser found and expected, without the position */
    public String reason() {
        return reason;
    }
}
