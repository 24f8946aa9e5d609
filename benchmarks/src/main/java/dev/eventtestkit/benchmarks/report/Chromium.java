package dev.eventtestkit.benchmarks.report;

import dev.eventtestkit.event.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Debian's headless Chromium driven over the DevTools protocol with the JDK's own WebSocket client (no Selenium,
 * no Playwright, no driver download): opens a page, collects console errors and uncaught exceptions and every
 * request the page makes, evaluates script, takes screenshots. Used by the reports' browser test and by
 * {@link ScheduleReportRenderBenchmark}.
 */
public final class Chromium implements AutoCloseable {

    /** Where Debian installs it; {@code EVENTTESTKIT_CHROMIUM} names another binary. */
    public static final String DEFAULT_BINARY = "/usr/bin/chromium";
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<Json>> pending = new ConcurrentHashMap<>();
    private final List<Json> events = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    private String session = "";

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** @return the binary to run, when it is there */
    public static Optional<Path> binary() {
        String configured = System.getenv("EVENTTESTKIT_CHROMIUM");
        Path binary = Path.of(configured == null || configured.isBlank() ? DEFAULT_BINARY : configured);
        return Files.isExecutable(binary) ? Optional.of(binary) : Optional.empty();
    }

    /** Starts Chromium headless in a fresh profile, no network of its own, and opens a blank page. */
    public static Chromium start(Path binary, Path profile, int width, int height) throws Exception {
        List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--remote-debugging-port=0", "about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    } else if (!endpoint.isDone() && seen.length() < 4000) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            endpoint.completeExceptionally(new IllegalStateException("chromium ended without a DevTools endpoint:\n"
                    + seen));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = endpoint.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        Chromium[] self = new Chromium[1];
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            String message = text.toString();
                            text.setLength(0);
                            self[0].receive(Json.parse(message));
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Chromium chromium = new Chromium(process, socket);
        self[0] = chromium;
        String target = chromium.browser("Target.createTarget", Map.of("url", "about:blank"))
                .get("targetId").asText();
        chromium.session = chromium.browser("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            chromium.call(domain + ".enable", Map.of());
        }
        return chromium;
    }

    private void receive(Json message) {
        if (message.has("id")) {
            CompletableFuture<Json> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
                if (message.has("error")) {
                    reply.completeExceptionally(new IllegalStateException("DevTools: " + message.get("error")));
                } else {
                    reply.complete(message.get("result"));
                }
            }
            return;
        }
        events.add(message);
        if ("Page.loadEventFired".equals(message.get("method").asText())) {
            loaded.complete(null);
        }
    }

    private Json browser(String method, Map<String, Object> params) throws Exception {
        return send(method, params, null);
    }

    /** Calls a method on the page's session. */
    public Json call(String method, Map<String, Object> params) throws Exception {
        return send(method, params, session);
    }

    private Json send(String method, Map<String, Object> params, @Nullable String sessionId) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Json> reply = new CompletableFuture<>();
        pending.put(id, reply);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        socket.sendText(Json.valueOf(message).toString(), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Opens a file and waits for its load event, then for two animation frames (the page laid out and painted);
     * forgets what earlier pages logged.
     */
    public void open(Path file) throws Exception {
        events.clear();
        loaded = new CompletableFuture<>();
        call("Page.navigate", Map.of("url", file.toUri().toString()));
        loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
    }

    /** @return the value of a script expression, evaluated in the page (promises awaited) */
    public Json evaluate(String expression) throws Exception {
        Json result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw: " + result.get("exceptionDetails"));
        }
        return result.get("result").path("value");
    }

    /** @return console errors, uncaught exceptions and error log entries of the page, one line each */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        synchronized (events) {
            for (Json event : events) {
                String method = event.get("method").asText();
                Json params = event.get("params");
                if (method.equals("Runtime.exceptionThrown")) {
                    errors.add("exception: " + params.get("exceptionDetails"));
                } else if (method.equals("Runtime.consoleAPICalled")
                        && List.of("error", "assert").contains(params.get("type").asText())) {
                    errors.add("console." + params.get("type").asText() + ": " + params.get("args"));
                } else if (method.equals("Log.entryAdded")
                        && params.get("entry").get("level").asText().equals("error")) {
                    errors.add("log: " + params.get("entry").get("text").asText());
                }
            }
        }
        return errors;
    }

    /** @return the URL of every request the page made, the page's own included */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        synchronized (events) {
            for (Json event : events) {
                if (event.get("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(event.get("params").get("request").get("url").asText());
                }
            }
        }
        return urls;
    }

    /** Writes a PNG of the page, down to {@code maxHeight} CSS pixels (beyond the window), to a file. */
    public Path screenshot(Path file, int maxHeight) throws Exception {
        Json size = call("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width").asDouble(),
                "height", Math.min(maxHeight, size.get("height").asDouble()), "scale", 1);
        Json shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", clip));
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            browser("Browser.close", Map.of());
        } catch (Exception ignored) {
            // it may be gone already
        }
        socket.abort();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
