package dev.eventtestkit.spring.shop;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the listeners saw, one line each, for the tests to read. */
@Component
public class Seen {

    private final List<String> lines = new ArrayList<>();

    public synchronized void add(String line) {
        lines.add(line);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized void clear() {
        lines.clear();
    }
}
