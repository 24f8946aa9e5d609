package dev.eventtestkit.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Strings that match a {@code pattern}, for witness payloads: the common regular expression syntax (literals,
 * classes, {@code \d \w \s}, groups, alternation, quantifiers, anchors). Look-arounds and back-references are
 * not sampled. Every string returned has been matched against the pattern.
 */
final class RegexSamples {
    private static final int VARIANTS = 3;
    private static final String POOL = "aA0b1Z_-. !~";

    private RegexSamples() {}

    /** @return up to three distinct strings the pattern finds a match in, shortest tries first; empty when none */
    static List<String> of(String regex) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return List.of();
        }
        Node tree;
        try {
            tree = new Parser(regex).parse();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        Set<String> samples = new LinkedHashSet<>();
        for (int variant = 0; variant < VARIANTS; variant++) {
            StringBuilder out = new StringBuilder();
            tree.write(out, variant);
            if (compiled.matcher(out).find()) {
                samples.add(out.toString());
            }
        }
        return List.copyOf(samples);
    }

    private interface Node {
        void write(StringBuilder out, int variant);
    }

    private record Literal(String text) implements Node {
        @Override
        public void write(StringBuilder out, int variant) {
            out.append(text);
        }
    }

    private record Sequence(List<Node> nodes) implements Node {
        @Override
        public void write(StringBuilder out, int variant) {
            nodes.forEach(n -> n.write(out, variant));
        }
    }

    private record Alternation(List<Node> options) implements Node {
        @Override
        public void write(StringBuilder out, int variant) {
            options.get(Math.min(variant, options.size() - 1)).write(out, variant);
        }
    }

    private record Repeat(Node node, int min, int max) implements Node {
        @Override
        public void write(StringBuilder out, int variant) {
            int times = Math.min(max, min + (variant == 0 ? 0 : variant == 1 ? 1 : 3));
            for (int i = 0; i < times; i++) {
                node.write(out, variant);
            }
        }
    }

    /** A character class as a list of inclusive ranges, possibly negated. */
    private record CharClass(List<char[]> ranges, boolean negated) implements Node {
        @Override
        public void write(StringBuilder out, int variant) {
            out.append(pick(variant));
        }

        private char pick(int variant) {
            if (negated) {
                for (int i = 0; i < POOL.length(); i++) {
                    char c = POOL.charAt((i + variant) % POOL.length());
                    if (!contains(c)) {
                        return c;
                    }
                }
                throw new IllegalArgumentException("no character outside the class");
            }
            for (int i = 0; i < POOL.length(); i++) {
                char c = POOL.charAt((i + variant) % POOL.length());
                if (contains(c)) {
                    return c;
                }
            }
            char[] range = ranges.get(variant % ranges.size());
            return (char) Math.min(range[1], range[0] + variant);
        }

        private boolean contains(char c) {
            for (char[] range : ranges) {
                if (c >= range[0] && c <= range[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Parser {
        private final String regex;
        private int at;

        Parser(String regex) {
            this.regex = regex;
        }

        Node parse() {
            Node node = alternation();
            if (at < regex.length()) {
                throw new IllegalArgumentException("unbalanced )");
            }
            return node;
        }

        private Node alternation() {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                options.add(sequence());
            }
            return options.size() == 1 ? options.get(0) : new Alternation(options);
        }

        private Node sequence() {
            List<Node> nodes = new ArrayList<>();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Node atom = atom();
                nodes.add(quantified(atom));
            }
            return new Sequence(nodes);
        }

        private Node atom() {
            char c = regex.charAt(at++);
            switch (c) {
                case '(':
                    if (regex.startsWith("?:", at)) {
                        at += 2;
                    } else if (regex.startsWith("?<", at) && at + 2 < regex.length()
                            && Character.isLetter(regex.charAt(at + 2))) {
                        at = regex.indexOf('>', at) + 1;
                    } else if (at < regex.length() && regex.charAt(at) == '?') {
                        throw new IllegalArgumentException("look-around");
                    }
                    Node inner = alternation();
                    expect(')');
                    return inner;
                case '[':
                    return charClass();
                case '.':
                    return new CharClass(List.of(new char[] {'a', 'z'}), false);
                case '^':
                case '$':
                    return new Literal("");
                case '\\':
                    return escape();
                default:
                    return new Literal(String.valueOf(c));
            }
        }

        private Node escape() {
            char e = next();
            switch (e) {
                case 'd': return new CharClass(List.of(new char[] {'0', '9'}), false);
                case 'D': return new CharClass(List.of(new char[] {'0', '9'}), true);
                case 'w': return new CharClass(List.of(new char[] {'a', 'z'}, new char[] {'A', 'Z'},
                        new char[] {'0', '9'}, new char[] {'_', '_'}), false);
                case 'W': return new Literal("-");
                case 's': return new Literal(" ");
                case 'S': return new Literal("a");
                case 'b': case 'B': case 'A': case 'z': case 'Z': return new Literal("");
                default:
                    if (Character.isDigit(e)) {
                        throw new IllegalArgumentException("back-reference");
                    }
                    return new Literal(String.valueOf(escapedChar(e)));
            }
        }

        private char escapedChar(char e) {
            switch (e) {
                case 'n': return '\n';
                case 't': return '\t';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'u':
                    char code = (char) Integer.parseInt(regex.substring(at, at + 4), 16);
                    at += 4;
                    return code;
                default: return e;
            }
        }

        private Node charClass() {
            boolean negated = at < regex.length() && regex.charAt(at) == '^';
            if (negated) {
                at++;
            }
            List<char[]> ranges = new ArrayList<>();
            boolean first = true;
            while (at < regex.length() && (regex.charAt(at) != ']' || first)) {
                first = false;
                char from = classChar(ranges);
                if (from == 0) {
                    continue;
                }
                if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                    at++;
                    char to = classChar(ranges);
                    ranges.add(new char[] {from, to == 0 ? from : to});
                } else {
                    ranges.add(new char[] {from, from});
                }
            }
            expect(']');
            if (ranges.isEmpty()) {
                throw new IllegalArgumentException("empty class");
            }
            return new CharClass(ranges, negated);
        }

        /** One class member; a shorthand like {@code \d} adds its ranges and yields 0. */
        private char classChar(List<char[]> ranges) {
            char c = next();
            if (c != '\\') {
                return c;
            }
            char e = next();
            switch (e) {
                case 'd': ranges.add(new char[] {'0', '9'}); return 0;
                case 'w':
                    ranges.add(new char[] {'a', 'z'});
                    ranges.add(new char[] {'A', 'Z'});
                    ranges.add(new char[] {'0', '9'});
                    ranges.add(new char[] {'_', '_'});
                    return 0;
                case 's': ranges.add(new char[] {' ', ' '}); return 0;
                case 'D': case 'W': case 'S': throw new IllegalArgumentException("negated shorthand in a class");
                default: return escapedChar(e);
            }
        }

        private Node quantified(Node atom) {
            if (at >= regex.length()) {
                return atom;
            }
            char c = regex.charAt(at);
            int min;
            int max;
            if (c == '*' || c == '+' || c == '?') {
                at++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : Integer.MAX_VALUE;
            } else if (c == '{' && regex.indexOf('}', at) > at && regex.substring(at + 1, regex.indexOf('}', at))
                    .matches("\\d+(,\\d*)?")) {
                String[] bounds = regex.substring(at + 1, regex.indexOf('}', at)).split(",", -1);
                at = regex.indexOf('}', at) + 1;
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            } else {
                return atom;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
            return new Repeat(atom, min, max);
        }

        private char next() {
            if (at >= regex.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return regex.charAt(at++);
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c);
            }
        }
    }
}
