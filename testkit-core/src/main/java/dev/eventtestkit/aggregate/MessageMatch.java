package dev.eventtestkit.aggregate;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a rejection's message must be: any, containing a text, exactly a text, or matching a pattern. */
record MessageMatch(Kind kind, String text, @Nullable Pattern pattern) {

    enum Kind { ANY, CONTAINING, EXACTLY, MATCHING }

    static final MessageMatch ANY = new MessageMatch(Kind.ANY, "", null);

    static MessageMatch containing(String fragment) {
        return new MessageMatch(Kind.CONTAINING, fragment, null);
    }

    static MessageMatch exactly(String message) {
        return new MessageMatch(Kind.EXACTLY, message, null);
    }

    static MessageMatch matching(Pattern pattern) {
        return new MessageMatch(Kind.MATCHING, pattern.pattern(), pattern);
    }

    /** @return whether an exception's message satisfies it; a null message satisfies only {@link #ANY} */
    boolean test(@Nullable String message) {
        Pattern regex = pattern;
        return switch (kind) {
            case ANY -> true;
            case CONTAINING -> message != null && message.contains(text);
            case EXACTLY -> text.equals(message);
            case MATCHING -> message != null && regex != null && regex.matcher(message).matches();
        };
    }

    /** @return how failure messages state it after the type, e.g. {@code  containing "not paid"} */
    String describe() {
        return switch (kind) {
            case ANY -> "";
            case CONTAINING -> " containing \"" + text + "\"";
            case EXACTLY -> " with the message \"" + text + "\"";
            case MATCHING -> " with a message matching /" + text + "/";
        };
    }
}
