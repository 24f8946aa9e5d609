package dev.eventtestkit.contract;

/** JSON-pointer-like paths ({@code #/properties/amount}) as differences carry them. */
final class DiffPaths {
    static final String ROOT = "#/";

    private DiffPaths() {}

    /** Escapes a property name as JSON Pointer does: {@code ~} to {@code ~0}, {@code /} to {@code ~1}. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Appends a segment (already escaped) to a path. */
    static String append(String path, String segment) {
        return path.equals(ROOT) ? ROOT + segment : path + "/" + segment;
    }

    /** Places a path relative to a pair of schemas ({@code #/x}) under the path of that pair. */
    static String rebase(String prefix, String relative) {
        if (relative.equals(ROOT)) {
            return prefix;
        }
        return append(prefix, relative.substring(ROOT.length()));
    }
}
