package dev.eventtestkit.examples.shipping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.eventtestkit.broker.DeadLetter;
import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.Faults;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.examples.support.ExampleContracts;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shipping service against a real HTTP provider: WireMock on a random loopback port, one server for the
 * class, reset before each test. The HTTP calls are real I/O on the test thread; the retries between them wait
 * on virtual time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippingServiceTest {

    private final WireMockServer provider = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startProvider() {
        provider.start();
    }

    @BeforeEach
    void forgetEarlierTests() {
        provider.resetAll();
    }

    @AfterAll
    void stopProvider() {
        provider.stop();
    }

    @Test
    void postsTheShipmentWithTheOrderAsIdempotencyKeyAndPublishesTheTrackingId() {
        provider.stubFor(shipment("o-1").willReturn(created("TRK-1")));
        FakeBroker broker = ExampleContracts.fakeBroker().build();
        service(broker).subscribe();

        broker.publish(ShippingService.TOPIC, "o-1", new ShipmentRequested("o-1", "1 Harbour Road"));
        broker.runUntilIdle();

        provider.verify(1, postRequestedFor(urlEqualTo("/shipments"))
                .withHeader("Idempotency-Key", equalTo("o-1"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"orderId\":\"o-1\",\"address\":\"1 Harbour Road\"}")));
        assertThat(broker.messages(ShippingService.TOPIC)).last()
                .satisfies(message -> assertThat(message.payloadAs(ShipmentDispatched.class))
                        .isEqualTo(new ShipmentDispatched("o-1", "TRK-1")));
    }

    @Test
    void callsTheProviderOncePerOrderWhenEveryRequestIsDeliveredTwice() {
        provider.stubFor(shipment("o-1").willReturn(created("TRK-1")));
        provider.stubFor(shipment("o-2").willReturn(created("TRK-2")));
        FakeBroker broker = ExampleContracts.fakeBroker().faults(Faults.builder().duplicates(1.0).build()).build();
        service(broker).subscribe();

        broker.publish(ShippingService.TOPIC, "o-1", new ShipmentRequested("o-1", "1 Harbour Road"));
        broker.publish(ShippingService.TOPIC, "o-2", new ShipmentRequested("o-2", "2 Mill Lane"));
        broker.runUntilIdle();

        assertThat(broker.trace().faults()).hasSize(4); // both requests and both confirmations came twice
        provider.verify(1, postRequestedFor(urlEqualTo("/shipments")).withHeader("Idempotency-Key", equalTo("o-1")));
        provider.verify(1, postRequestedFor(urlEqualTo("/shipments")).withHeader("Idempotency-Key", equalTo("o-2")));
        assertThat(broker.messages(ShippingService.TOPIC)).extracting(message -> message.type() + " " + message.key())
                .containsExactly("ShipmentRequested o-1", "ShipmentRequested o-2",
                        "ShipmentDispatched o-1", "ShipmentDispatched o-2");
    }

    @Test
    void retriesAProviderAnswering503OnVirtualTimeThenDeadLettersTheRequest() {
        provider.stubFor(shipment("o-1").willReturn(aResponse().withStatus(503)));
        FakeBroker broker = ExampleContracts.fakeBroker()
                .retryPolicy(RetryPolicy.of(3, Duration.ofSeconds(10), Duration.ofSeconds(30)))
                .build();
        service(broker).subscribe();

        broker.publish(ShippingService.TOPIC, "o-1", new ShipmentRequested("o-1", "1 Harbour Road"));
        broker.runUntilIdle();
        int afterFirstTry = provider.getAllServeEvents().size();
        broker.clock().advance(Duration.ofSeconds(10));
        int afterSecondTry = provider.getAllServeEvents().size();
        broker.clock().advance(Duration.ofSeconds(30));

        assertThat(List.of(afterFirstTry, afterSecondTry, provider.getAllServeEvents().size()))
                .containsExactly(1, 2, 3);
        List<DeadLetter> dead = broker.deadLetterDetails(ShippingService.TOPIC, ShippingService.GROUP);
        assertThat(dead).singleElement().satisfies(letter -> {
            assertThat(letter.failures()).isEqualTo(3);
            assertThat(letter.message().key()).isEqualTo("o-1");
            assertThat(letter.lastFailure()).isInstanceOf(ShippingProviderException.class)
                    .hasMessage("shipping provider answered 503 to POST " + provider.baseUrl()
                            + "/shipments for order o-1");
        });
        assertThat(broker.deadLetters(ShippingService.TOPIC, ShippingService.GROUP)).hasSize(1);
        assertThat(broker.messages(ShippingService.TOPIC)).extracting(message -> message.type())
                .containsExactly("ShipmentRequested");
    }

    @Test
    void rejectsAnAnswerWithoutATrackingId() {
        provider.stubFor(shipment("o-1").willReturn(aResponse().withStatus(201).withBody("{\"status\":\"ok\"}")));
        ShippingProvider client = new HttpShippingProvider(http, URI.create(provider.baseUrl() + "/"),
                Duration.ofSeconds(5));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> client.dispatch(new ShipmentRequested("o-1", "1 Harbour Road"))))
                .isInstanceOf(ShippingProviderException.class)
                .hasMessage("shipping provider answered 201 for order o-1 without a trackingId: {\"status\":\"ok\"}");
    }

    @Test
    void reportsAnUnreachableProviderWithItsAddressAndTheOrder() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ShippingProvider client = new HttpShippingProvider(http, URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofSeconds(5));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> client.dispatch(new ShipmentRequested("o-1", "1 Harbour Road"))))
                .isInstanceOf(ShippingProviderException.class)
                .hasMessageStartingWith("shipping provider at http://127.0.0.1:" + closedPort
                        + "/shipments unreachable for order o-1: java.net.ConnectException")
                .hasCauseInstanceOf(ConnectException.class);
    }

    private ShippingService service(FakeBroker broker) {
        HttpShippingProvider client = new HttpShippingProvider(http, URI.create(provider.baseUrl()),
                Duration.ofSeconds(5));
        return new ShippingService(broker, client, new InMemoryDispatchedShipments());
    }

    private static MappingBuilder shipment(String orderId) {
        return post(urlEqualTo("/shipments")).withHeader("Idempotency-Key", equalTo(orderId));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String trackingId) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"trackingId\":\"" + trackingId + "\"}");
    }
}
