package dev.eventtestkit.broker;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A headers exchange's test, as RabbitMQ does it: {@code x-match} {@code all} (the default) or {@code any}, over
 * the binding arguments not starting with {@code x-}; {@code all-with-x} and {@code any-with-x} include them.
 */
final class HeadersMatch {

    private HeadersMatch() {}

    static boolean matches(Map<String, String> arguments, Map<String, String> headers) {
        String mode = arguments.getOrDefault("x-match", "all");
        boolean any = mode.startsWith("any");
        boolean withX = mode.endsWith("-with-x");
        for (Map.Entry<String, String> argument : arguments.entrySet()) {
            String name = argument.getKey();
            if (name.equals("x-match") || (!withX && name.startsWith("x-"))) {
                continue;
            }
            boolean equal = argument.getValue().equals(headers.get(name));
            if (any && equal) {
                return true;
            }
            if (!any && !equal) {
                return false;
            }
        }
        return !any;
    }

    /**
     * @param arguments binding arguments
     * @return null when valid, else RabbitMQ's complaint about {@code x-match}
     */
    static @Nullable String invalid(Map<String, String> arguments) {
        String mode = arguments.get("x-match");
        if (mode == null || mode.equals("all") || mode.equals("any") || mode.equals("all-with-x")
                || mode.equals("any-with-x")) {
            return null;
        }
        return "PRECONDITION_FAILED - Invalid x-match field value <<\"" + mode
                + "\">>; expected all, any, all-with-x, or any-with-x";
    }
}
