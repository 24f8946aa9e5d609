package dev.eventtestkit.kafka;

/**
 * The JVM's one shared embedded broker (initialization-on-demand holder).
 *
 * <p>This is deliberate static state: starting Kafka costs seconds, so every test in a JVM shares one broker,
 * and tests stay apart by topic and group prefixes instead (see {@link KafkaBrokerBuilder#topicPrefix}).
 * Nothing about it is configurable, so nothing leaks between tests but the running server itself; a shutdown
 * hook stops it and deletes its directory when the JVM exits.
 */
final class SharedEmbeddedKafka {

    static final EmbeddedKafka INSTANCE = startWithShutdownHook();

    private SharedEmbeddedKafka() {}

    private static EmbeddedKafka startWithShutdownHook() {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "eventtestkit-embedded-kafka-shutdown"));
        return kafka;
    }
}
