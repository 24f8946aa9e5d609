package dev.eventtestkit.broker;

/**
 * A topic exchange's binding key as RabbitMQ matches it: dot-separated words, {@code *} exactly one word,
 * {@code #} zero or more. Empty words count as words ({@code a..b} has three), as in RabbitMQ.
 */
final class TopicPattern {

    private final String[] words;

    TopicPattern(String bindingKey) {
        this.words = bindingKey.split("\\.", -1);
    }

    boolean matches(String routingKey) {
        return matches(0, routingKey.split("\\.", -1), 0);
    }

    private boolean matches(int pattern, String[] key, int word) {
        while (pattern < words.length) {
            String expected = words[pattern];
            if (expected.equals("#")) {
                if (pattern == words.length - 1) {
                    return true;
                }
                for (int skip = word; skip <= key.length; skip++) {
                    if (matches(pattern + 1, key, skip)) {
                        return true;
                    }
                }
                return false;
            }
            if (word == key.length || !(expected.equals("*") || expected.equals(key[word]))) {
                return false;
            }
            pattern++;
            word++;
        }
        return word == key.length;
    }
}
