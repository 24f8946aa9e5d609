package dev.eventtestkit.kafka;

import org.apiguardian.api.API;

/**
 * The record headers {@link KafkaBroker} writes and reads, all UTF-8 text.
 *
 * <p>Event attributes follow the CloudEvents Kafka protocol binding in binary content mode: the record value
 * is the event's JSON, the attributes travel as {@code ce_}-prefixed headers, and {@code content-type} names
 * the value's media type. The contract version is the extension attribute {@code eventversion}. Dead-letter
 * records carry the original record's key, value and headers, plus the {@code dlt_} headers.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KafkaHeaders {

    /** CloudEvents spec version, always {@code 1.0}. */
    public static final String SPEC_VERSION = "ce_specversion";
    /** The message id, deterministic under the broker's seed. */
    public static final String ID = "ce_id";
    /** The producer: always {@code /eventtestkit}, the kit's broker that wrote the record. */
    public static final String SOURCE = "ce_source";
    /** The event type: the contract subject, e.g. {@code OrderCreated}. */
    public static final String TYPE = "ce_type";
    /** The publish time, ISO-8601 in UTC, equal to the record timestamp. */
    public static final String TIME = "ce_time";
    /** The contract version of the payload, e.g. {@code 2} (CloudEvents extension attribute). */
    public static final String EVENT_VERSION = "ce_eventversion";
    /** The media type of the value, {@code application/json}. */
    public static final String CONTENT_TYPE = "content-type";

    /** On a dead letter: the class name of the handler's last exception. */
    public static final String DLT_EXCEPTION = "dlt_exception_fqcn";
    /** On a dead letter: the message of the handler's last exception (empty when it had none). */
    public static final String DLT_EXCEPTION_MESSAGE = "dlt_exception_message";
    /** On a dead letter: the topic the record came from, as the test names it (without prefix). */
    public static final String DLT_ORIGINAL_TOPIC = "dlt_original_topic";
    /** On a dead letter: the partition the record came from. */
    public static final String DLT_ORIGINAL_PARTITION = "dlt_original_partition";
    /** On a dead letter: the offset the record had. */
    public static final String DLT_ORIGINAL_OFFSET = "dlt_original_offset";
    /** On a dead letter: the consumer group that gave up, as the test names it (without prefix). */
    public static final String DLT_GROUP = "dlt_original_group";
    /** On a dead letter: how many times the handler was called. */
    public static final String DLT_ATTEMPTS = "dlt_attempts";

    private KafkaHeaders() {}
}
