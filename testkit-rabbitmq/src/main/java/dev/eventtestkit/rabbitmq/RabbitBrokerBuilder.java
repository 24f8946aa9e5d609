package dev.eventtestkit.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.EventValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Configures a {@link RabbitBroker}. Immutable: every setter returns a new builder.
 *
 * <pre>{@code
 * RabbitBroker broker = RabbitBroker.builder()
 *         .host("127.0.0.1").port(5672).credentials("guest", "guest")
 *         .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(200)))
 *         .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class RabbitBrokerBuilder {

    final String host;
    final int port;
    final String username;
    final String password;
    final String virtualHost;
    final EventCodec codec;
    final EventValidator validator;
    final RetryPolicy retryPolicy;
    final Duration idleTimeout;
    final Clock clock;

    private RabbitBrokerBuilder(String host, int port, String username, String password, String virtualHost,
            EventCodec codec, EventValidator validator, RetryPolicy retryPolicy, Duration idleTimeout, Clock clock) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.virtualHost = virtualHost;
        this.codec = codec;
        this.validator = validator;
        this.retryPolicy = retryPolicy;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    static RabbitBrokerBuilder defaults() {
        return new RabbitBrokerBuilder("127.0.0.1", 5672, "guest", "guest", "/", EventCodec.jackson(),
                EventValidator.ACCEPT_ALL, RetryPolicy.defaults(), Duration.ofSeconds(30), Clock.systemUTC());
    }

    /**
     * @param host the server; default {@code 127.0.0.1}
     * @return a new builder
     */
    public RabbitBrokerBuilder host(String host) {
        return new RabbitBrokerBuilder(Objects.requireNonNull(host, "host"), port, username, password, virtualHost,
                codec, validator, retryPolicy, idleTimeout, clock);
    }

    /**
     * @param port the AMQP port; default 5672
     * @return a new builder
     */
    public RabbitBrokerBuilder port(int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port: 1 to 65535, was " + port);
        }
        return new RabbitBrokerBuilder(host, port, username, password, virtualHost, codec, validator, retryPolicy,
                idleTimeout, clock);
    }

    /**
     * @param username the user; default {@code guest}
     * @param password the password; default {@code guest}
     * @return a new builder
     */
    public RabbitBrokerBuilder credentials(String username, String password) {
        return new RabbitBrokerBuilder(host, port, Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(password, "password"), virtualHost, codec, validator, retryPolicy, idleTimeout,
                clock);
    }

    /**
     * @param virtualHost the virtual host; default {@code /}
     * @return a new builder
     */
    public RabbitBrokerBuilder virtualHost(String virtualHost) {
        return new RabbitBrokerBuilder(host, port, username, password, Objects.requireNonNull(virtualHost,
                "virtualHost"), codec, validator, retryPolicy, idleTimeout, clock);
    }

    /**
     * @param codec turns events into JSON and names their type; default {@link EventCodec#jackson()}
     * @return a new builder
     */
    public RabbitBrokerBuilder codec(EventCodec codec) {
        return new RabbitBrokerBuilder(host, port, username, password, virtualHost,
                Objects.requireNonNull(codec, "codec"), validator, retryPolicy, idleTimeout, clock);
    }

    /**
     * @param validator checks every send; default accepts all
     * @return a new builder
     */
    public RabbitBrokerBuilder validator(EventValidator validator) {
        return new RabbitBrokerBuilder(host, port, username, password, virtualHost, codec,
                Objects.requireNonNull(validator, "validator"), retryPolicy, idleTimeout, clock);
    }

    /**
     * @param contracts validates every send against its JSON Schema contract; nothing is sent on a violation
     * @return a new builder
     */
    public RabbitBrokerBuilder contracts(EventContracts contracts) {
        return validator(contracts.validator());
    }

    /**
     * @param retryPolicy how a handler that throws is retried: a back-off of zero nacks with requeue, a longer one
     *     goes through a TTL retry queue; after the last attempt the message is rejected to the queue's
     *     dead-letter exchange. Default {@link RetryPolicy#defaults()}
     * @return a new builder
     */
    public RabbitBrokerBuilder retryPolicy(RetryPolicy retryPolicy) {
        return new RabbitBrokerBuilder(host, port, username, password, virtualHost, codec, validator,
                Objects.requireNonNull(retryPolicy, "retryPolicy"), idleTimeout, clock);
    }

    /**
     * @param idleTimeout how long {@code runUntilIdle()} waits; default 30 seconds
     * @return a new builder
     */
    public RabbitBrokerBuilder idleTimeout(Duration idleTimeout) {
        return new RabbitBrokerBuilder(host, port, username, password, virtualHost, codec, validator, retryPolicy,
                Objects.requireNonNull(idleTimeout, "idleTimeout"), clock);
    }

    /**
     * @param clock stamps sent messages; default the system clock in UTC
     * @return a new builder
     */
    public RabbitBrokerBuilder clock(Clock clock) {
        return new RabbitBrokerBuilder(host, port, username, password, virtualHost, codec, validator, retryPolicy,
                idleTimeout, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Tries to connect, for tests that skip when no RabbitMQ runs.
     *
     * @return whether a connection with these settings opens within 2 seconds
     */
    public boolean reachable() {
        ConnectionFactory factory = factory();
        factory.setConnectionTimeout(2000);
        try (Connection connection = factory.newConnection("eventtestkit-probe")) {
            return connection.isOpen();
        } catch (Exception unreachable) {
            return false;
        }
    }

    /**
     * For tests that need a real RabbitMQ: skips the test when none answers (opentest4j's
     * {@code TestAbortedException}, which JUnit reports as skipped, with the reason), except when the environment
     * variable {@code CI} is {@code true}: there a missing server is an error, not a skip.
     *
     * <pre>{@code
     * @BeforeAll
     * static void requireRabbitMq() {
     *     RabbitBroker.builder().assumeReachable();
     * }
     * }</pre>
     *
     * @return this builder
     * @throws org.opentest4j.TestAbortedException when no server answers and {@code CI} is not {@code true}
     * @throws IllegalStateException when no server answers and {@code CI} is {@code true}
     */
    public RabbitBrokerBuilder assumeReachable() {
        if (reachable()) {
            return this;
        }
        String reason = "no RabbitMQ answers at " + address() + " (start it with rabbitmq-server -detached)";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(reason + "; CI=true: the real-broker tests must run");
        }
        throw new org.opentest4j.TestAbortedException(reason);
    }

    /**
     * @return a broker connected to the server, with a name prefix of its own
     * @throws IllegalStateException naming host, port and virtual host when the connection fails
     */
    public RabbitBroker build() {
        return new RabbitBroker(this);
    }

    ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setAutomaticRecoveryEnabled(false);
        return factory;
    }

    String address() {
        return "amqp://" + username + "@" + host + ":" + port + (virtualHost.equals("/") ? "/" : "/" + virtualHost);
    }
}
