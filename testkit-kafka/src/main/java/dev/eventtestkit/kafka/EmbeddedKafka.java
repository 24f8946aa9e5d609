package dev.eventtestkit.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.apiguardian.api.API;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

/**
 * A single-node Kafka (KRaft, broker and controller in one) running inside the test JVM on loopback.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
 *     KafkaBroker broker = KafkaBroker.builder().bootstrapServers(kafka.bootstrapServers()).build();
 * }
 * }</pre>
 *
 * <p>Most tests should not start their own: {@link #externalOrEmbedded()} shares one broker per JVM, or uses
 * the cluster named by the system property {@value #BOOTSTRAP_PROPERTY}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EmbeddedKafka implements AutoCloseable {

    /** The system property that points the kit at an external cluster, e.g. {@code -Deventtestkit.kafka.bootstrap=host:9092}. */
    public static final String BOOTSTRAP_PROPERTY = "eventtestkit.kafka.bootstrap";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Duration startupTime;
    private boolean closed;

    private EmbeddedKafka(Path directory, KafkaRaftServer server, String bootstrapServers, Duration startupTime) {
        this.directory = directory;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.startupTime = startupTime;
    }

    /**
     * Formats fresh storage in a temporary directory, starts the broker and waits until it accepts clients.
     *
     * @return the running broker; close it to stop it and delete its directory
     * @throws IllegalStateException when the broker does not answer within 60 seconds
     */
    public static EmbeddedKafka start() {
        long started = System.nanoTime();
        Path directory = createTempDirectory();
        int brokerPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        Map<String, String> config = EmbeddedKafkaConfig.of(directory, brokerPort, controllerPort);
        format(config, directory);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties(config), false), Time.SYSTEM);
        server.startup();
        String bootstrap = "127.0.0.1:" + brokerPort;
        try {
            awaitReady(bootstrap);
        } catch (RuntimeException e) {
            shutdown(server);
            deleteRecursively(directory);
            throw new IllegalStateException("embedded Kafka did not start on " + bootstrap, e);
        }
        return new EmbeddedKafka(directory, server, bootstrap, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The cluster tests should use: the one named by {@value #BOOTSTRAP_PROPERTY} if set, else the JVM's shared
     * embedded broker, started on first use.
     *
     * @return bootstrap servers, {@code host:port[,host:port...]}
     */
    public static String externalOrEmbedded() {
        @Nullable String external = System.getProperty(BOOTSTRAP_PROPERTY);
        if (external != null && !external.isBlank()) {
            return external.trim();
        }
        return shared().bootstrapServers();
    }

    /**
     * The JVM's shared embedded broker, started on first use and stopped by a shutdown hook.
     *
     * @return the running shared broker
     */
    public static EmbeddedKafka shared() {
        return SharedEmbeddedKafka.INSTANCE;
    }

    /** @return {@code 127.0.0.1:port} of the broker's client listener */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** @return how long {@link #start()} took, from formatting the storage to the first answered admin call */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the broker and deletes its data directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdown(server);
        deleteRecursively(directory);
    }

    private static void format(Map<String, String> config, Path directory) {
        try {
            new Formatter()
                    .setPrintStream(EmbeddedKafkaConfig.quietStream())
                    .setNodeId(EmbeddedKafkaConfig.NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(config.get("log.dirs")))
                    .setMetadataLogDirectory(config.get("log.dirs"))
                    .setControllerListenerName(EmbeddedKafkaConfig.CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            deleteRecursively(directory);
            throw new IllegalStateException("cannot format embedded Kafka storage in " + directory, e);
        }
    }

    private static void awaitReady(String bootstrap) {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin admin = Admin.create(adminConfig)) {
            Awaitility.await("embedded Kafka on " + bootstrap)
                    .atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(50))
                    .ignoreExceptions()
                    .until(() -> !admin.describeCluster().nodes().get().isEmpty());
        }
    }

    private static Properties properties(Map<String, String> config) {
        Properties properties = new Properties();
        properties.putAll(config);
        return properties;
    }

    private static void shutdown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("eventtestkit-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for embedded Kafka", e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete embedded Kafka directory " + directory, e);
        }
    }
}
