package dev.eventtestkit.examples.shipping;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.event.Json;
import dev.eventtestkit.event.JsonParseException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * The shipping provider's REST API: {@code POST <base>/shipments} with the order id as
 * {@code Idempotency-Key}, answered by {@code {"trackingId": "..."}}.
 *
 * <pre>{@code
 * ShippingProvider provider = new HttpShippingProvider(HttpClient.newHttpClient(),
 *         URI.create("http://127.0.0.1:8089"), Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>The idempotency key lets the provider drop a repeated request itself, should the service send one (after
 * a crash between the call and its own record, for instance).
 */
public final class HttpShippingProvider implements ShippingProvider {

    /** The header that names the request for the provider's deduplication. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpClient http;
    private final URI shipments;
    private final Duration timeout;

    /**
     * @param http the client, shared by the service
     * @param baseUrl the provider's base URL, e.g. {@code http://127.0.0.1:8089}
     * @param timeout how long one request may take
     */
    public HttpShippingProvider(HttpClient http, URI baseUrl, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.shipments = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/shipments");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String dispatch(ShipmentRequested request) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(shipments)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY, request.orderId())
                .POST(HttpRequest.BodyPublishers.ofString(EventCodec.jackson().toJson(request).toString()))
                .build(), request.orderId());
        if (response.statusCode() / 100 != 2) {
            throw new ShippingProviderException("shipping provider answered " + response.statusCode()
                    + " to POST " + shipments + " for order " + request.orderId(), null);
        }
        return trackingId(response, request.orderId());
    }

    private HttpResponse<String> send(HttpRequest request, String orderId) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ShippingProviderException(
                    "shipping provider at " + shipments + " unreachable for order " + orderId + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShippingProviderException("interrupted while shipping order " + orderId, e);
        }
    }

    private String trackingId(HttpResponse<String> response, String orderId) {
        try {
            Json trackingId = Json.parse(response.body()).get("trackingId");
            if (trackingId.isString() && !trackingId.asText().isEmpty()) {
                return trackingId.asText();
            }
        } catch (JsonParseException e) {
            // reported below with the body
        }
        throw new ShippingProviderException("shipping provider answered " + response.statusCode() + " for order "
                + orderId + " without a trackingId: " + response.body(), null);
    }
}
