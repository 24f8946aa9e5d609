package dev.eventtestkit.broker.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The one home of the seek refusals, so that every {@code Broker} (the fake, Kafka) words them alike.
 * Machinery for broker implementations, not for tests.
 */
@API(status = INTERNAL)
public final class SeekChecks {

    private SeekChecks() {
    }

    /**
     * @param call the call as the user wrote it, e.g. {@code seek(orders, billing, 0, 5)}
     * @param topic the topic
     * @return the refusal of a call on a topic that does not exist
     */
    public static IllegalArgumentException unknownTopic(String call, String topic) {
        return new IllegalArgumentException(call + ": topic " + topic + " does not exist");
    }

    /**
     * Refuses a seek to a partition the topic does not have, a negative offset, or an offset past the end.
     *
     * @param topic the topic
     * @param group the group
     * @param partition the partition asked for
     * @param offset the offset asked for
     * @param partitions the topic's partition count
     * @param endOffset the offset the partition's next record will get
     * @throws IllegalArgumentException one line naming the call and what was expected
     */
    public static void check(String topic, String group, int partition, long offset, int partitions,
            long endOffset) {
        String call = "seek(" + topic + ", " + group + ", " + partition + ", " + offset + ")";
        if (partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException(call + ": topic " + topic + " has " + partitions + " partition(s), "
                    + "0 to " + (partitions - 1));
        }
        if (offset < 0) {
            throw new IllegalArgumentException(call + ": an offset is 0 or more");
        }
        if (offset > endOffset) {
            throw new IllegalArgumentException(call + ": " + topic + "[" + partition + "] ends before offset "
                    + offset + " (its next offset is " + endOffset + "); seek to " + endOffset
                    + " to get only the records published from now on");
        }
    }
}
