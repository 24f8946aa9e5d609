package dev.eventtestkit.contract;

import dev.eventtestkit.internal.shaded.com.networknt.schema.Error;
import dev.eventtestkit.internal.shaded.com.networknt.schema.path.NodePath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Renders validator locations as JSON pointers with a leading {@code #} ({@code #/} for the root). */
final class Pointers {

    /** Keywords whose error is about a named property that may be absent: point at that property. */
    private static final Set<String> PROPERTY_KEYWORDS =
            Set.of("required", "additionalProperties", "unevaluatedProperties", "dependentRequired");

    private Pointers() {}

    static String of(Error error) {
        String pointer = of(error.getInstanceLocation());
        String property = error.getProperty();
        if (property != null && PROPERTY_KEYWORDS.contains(error.getKeyword())) {
            return (pointer.equals("#/") ? "#" : pointer) + "/" + escape(property);
        }
        return pointer;
    }

    /** @return the path as {@code #/a/0/b}; {@code #/} for the root or an absent path */
    static String of(@Nullable NodePath path) {
        StringBuilder pointer = new StringBuilder("#");
        for (int i = 0; path != null && i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.length() == 1 ? "#/" : pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A fragment is URI-encoded: {@code #/definitions/Money%20Amount} names {@code Money Amount}. */
    static String percentDecoded(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '%' && i + 2 < fragment.length() && isHex(fragment, i + 1) && isHex(fragment, i + 2)) {
                escaped.write(Integer.parseInt(fragment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                text.append(escaped.toString(StandardCharsets.UTF_8)).append(c);
                escaped.reset();
            }
        }
        return text.append(escaped.toString(StandardCharsets.UTF_8)).toString();
    }

    private static boolean isHex(String text, int index) {
        return Character.digit(text.charAt(index), 16) >= 0;
    }
}
