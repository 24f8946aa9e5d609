package dev.eventtestkit.report.html;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.eventtestkit.broker.Trace;
import dev.eventtestkit.broker.TraceEntry;
import dev.eventtestkit.broker.TraceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A trace as a sequence diagram: a lifeline for the test, one per topic partition or queue, one per consumer
 * instance (or queue consumer), one for dead letters; one arrow per trace entry, in the trace's (virtual time)
 * order. The one layout both the HTML report and the Mermaid text draw.
 */
@API(status = INTERNAL)
public final class SequenceDiagram {

    /** The lifeline of publishes from outside a delivery (the test) and of returned messages. */
    public static final String TEST = "test";
    /** The lifeline dead letters go to. */
    public static final String DEAD_LETTERS = "dead letters";

    private static final Pattern INSTANCE = Pattern.compile("^deliver to instance (\\d+)$");

    /**
     * One arrow: from one lifeline to another (the same for a self arrow) for the trace entry at {@code index}.
     *
     * @param index the entry's index in the trace
     * @param from the lifeline it leaves, an index in {@link #lifelines()}
     * @param to the lifeline it reaches
     * @param entry the trace entry
     * @param failing whether it belongs to the last step in which a handler failed, dead-lettered or stopped
     */
    public record Arrow(int index, int from, int to, TraceEntry entry, boolean failing) {

        /** @return the CSS class and Mermaid style of the arrow, e.g. {@code deliver}, {@code fault} */
        public String kind() {
            return entry.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final List<String> lifelines;
    private final List<Arrow> arrows;
    private final int failingStep;

    private SequenceDiagram(List<String> lifelines, List<Arrow> arrows, int failingStep) {
        this.lifelines = lifelines;
        this.arrows = arrows;
        this.failingStep = failingStep;
    }

    /**
     * @param trace a broker's trace
     * @return its diagram; lifelines in the order they first appear, the test's first
     */
    public static SequenceDiagram of(Trace trace) {
        List<TraceEntry> entries = trace.entries();
        int failingStep = 0;
        for (TraceEntry entry : entries) {
            TraceKind kind = entry.kind();
            if (entry.step() > 0 && (kind == TraceKind.FAIL || kind == TraceKind.DEAD_LETTER
                    || kind == TraceKind.STOP)) {
                failingStep = entry.step();
            }
        }
        Map<String, Integer> kinds = new LinkedHashMap<>(); // lifeline -> 0 test, 1 partition or queue, 2 consumer, 3 dead letters
        kinds.put(TEST, 0);
        Map<String, String> consumerOf = new HashMap<>();
        Map<Integer, String> handlerOfStep = new HashMap<>();
        String[][] ends = new String[entries.size()][];
        for (int index = 0; index < entries.size(); index++) {
            TraceEntry entry = entries.get(index);
            String place = place(entry);
            kinds.putIfAbsent(place, 1);
            String consumer = consumer(entry, consumerOf);
            if (consumer != null) {
                kinds.putIfAbsent(consumer, 2);
            }
            String at = consumer == null ? place : consumer;
            ends[index] = switch (entry.kind()) {
                case PUBLISH -> {
                    String handler = entry.step() > 0 ? handlerOfStep.get(entry.step()) : null;
                    yield new String[] {handler == null ? TEST : handler, place};
                }
                case DELIVER, DISPATCH -> {
                    if (consumer != null && entry.step() > 0) {
                        handlerOfStep.put(entry.step(), consumer);
                    }
                    yield new String[] {place, at};
                }
                case ACK, RETRY, REQUEUE -> new String[] {at, place};
                case FAIL, STOP -> new String[] {at, at};
                case DEAD_LETTER -> {
                    kinds.putIfAbsent(DEAD_LETTERS, 3);
                    yield new String[] {place, DEAD_LETTERS};
                }
                case RETURN -> new String[] {place, TEST};
                default -> new String[] {place, at}; // FAULT, DROP: at the partition or queue, towards its consumer
            };
        }
        List<String> lifelines = new ArrayList<>(kinds.keySet());
        lifelines.sort(java.util.Comparator.comparingInt(kinds::get)); // stable: first appearance within a kind
        Map<String, Integer> ids = new HashMap<>();
        for (String lifeline : lifelines) {
            ids.put(lifeline, ids.size());
        }
        List<Arrow> arrows = new ArrayList<>(entries.size());
        for (int index = 0; index < entries.size(); index++) {
            TraceEntry entry = entries.get(index);
            arrows.add(new Arrow(index, ids.get(ends[index][0]), ids.get(ends[index][1]), entry,
                    failingStep > 0 && entry.step() == failingStep));
        }
        return new SequenceDiagram(List.copyOf(lifelines), List.copyOf(arrows), failingStep);
    }

    /** @return the lifelines' names, left to right */
    public List<String> lifelines() {
        return lifelines;
    }

    /** @return one arrow per trace entry, top to bottom */
    public List<Arrow> arrows() {
        return arrows;
    }

    /** @return the last delivery step in which a handler failed, a record was dead-lettered or a group stopped; 0 for none */
    public int failingStep() {
        return failingStep;
    }

    /**
     * @return the diagram as Mermaid text ({@code sequenceDiagram}), one message per trace entry, faults and
     *     failures drawn as crossed arrows, the failing step in a highlighted box
     */
    public String mermaid() {
        StringBuilder text = new StringBuilder("sequenceDiagram\n");
        for (int i = 0; i < lifelines.size(); i++) {
            text.append("    participant L").append(i).append(" as ").append(mermaidText(lifelines.get(i)))
                    .append('\n');
        }
        boolean inBox = false;
        for (Arrow arrow : arrows) {
            if (arrow.failing() && !inBox) {
                text.append("    rect rgb(255, 228, 228)\n");
                inBox = true;
            } else if (!arrow.failing() && inBox) {
                text.append("    end\n");
                inBox = false;
            }
            TraceEntry entry = arrow.entry();
            String line = switch (entry.kind()) {
                case ACK, RETRY, REQUEUE -> "-->>";
                case FAIL, STOP, DEAD_LETTER, DROP, FAULT -> "-x";
                default -> "->>";
            };
            text.append(inBox ? "        " : "    ").append('L').append(arrow.from()).append(line).append('L')
                    .append(arrow.to()).append(": ").append(mermaidText(label(entry))).append('\n');
        }
        if (inBox) {
            text.append("    end\n");
        }
        return text.toString();
    }

    /**
     * @param entry a trace entry
     * @return the arrow's label: the step number (when in a delivery) and the event column, e.g.
     *     {@code 3: deliver to instance 1}
     */
    public static String label(TraceEntry entry) {
        String at = entry.kind() == TraceKind.PUBLISH ? entry.position() + " " : "";
        return (entry.step() == 0 ? "" : entry.step() + ": ") + at + entry.detail();
    }

    /** Mermaid reads {@code #}, {@code ;} and angle brackets itself: entity codes keep them as text. */
    static String mermaidText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> out.append("#35;");
                case ';' -> out.append("#59;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** @return the partition ({@code orders[0]}) or the queue the entry is at */
    private static String place(TraceEntry entry) {
        return entry.partition() < 0 ? entry.topic() : entry.topic() + "[" + entry.partition() + "]";
    }

    /**
     * The consumer instance an entry is about: a delivery to {@code instance N} of group {@code g} names the
     * lifeline {@code g #N}, and the entries that follow for that group and position stay on it.
     */
    private static @Nullable String consumer(TraceEntry entry, Map<String, String> consumerOf) {
        String group = entry.group();
        if (group == null) {
            return null;
        }
        String key = group + "\u0000" + entry.position();
        if (entry.kind() == TraceKind.DELIVER || entry.kind() == TraceKind.DISPATCH) {
            Matcher instance = INSTANCE.matcher(entry.detail());
            String lifeline = instance.matches() ? group + " #" + instance.group(1) : group;
            consumerOf.put(key, lifeline);
            return lifeline;
        }
        return consumerOf.getOrDefault(key, group);
    }

}
