package dev.eventtestkit.contract;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.Set;

/** Renders validator locations as JSON pointers with a leading {@code #} ({@code #/} for the root). */
final class Pointers {

    /** Keywords whose error is about a named property that may be absent: point at that property. */
    private static final Set<String> PROPERTY_KEYWORDS =
            Set.of("required", "additionalProperties", "unevaluatedProperties", "dependentRequired");

    private Pointers() {}

    static String of(Error error) {
        StringBuilder pointer = new StringBuilder("#");
        NodePath path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        String property = error.getProperty();
        if (property != null && PROPERTY_KEYWORDS.contains(error.getKeyword())) {
            pointer.append('/').append(escape(property));
        }
        return pointer.length() == 1 ? "#/" : pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
