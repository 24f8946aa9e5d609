package dev.eventtestkit.cucumber;

import dev.eventtestkit.broker.FakeBroker;
import dev.eventtestkit.broker.QueueOptions;
import dev.eventtestkit.broker.RetryPolicy;
import dev.eventtestkit.contract.EventContracts;
import dev.eventtestkit.report.DurationText;
import dev.eventtestkit.report.html.ScheduleHtml;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The EventTestkit steps; put {@code dev.eventtestkit.cucumber} on Cucumber's glue path to use them. Cucumber
 * makes a new instance per scenario, and its first EventTestkit step builds the scenario's world (a new
 * configuration instance, registrations, clock, broker), so nothing is shared between scenarios. Every phrase
 * is in {@code docs/cucumber.md}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EventTestkitSteps {

    private @Nullable ScenarioWorld world;

    /** Made by Cucumber, once per scenario. */
    public EventTestkitSteps() {}

    /**
     * On failure, logs the broker's seed and timeline to the scenario's report, and attaches the schedule report
     * (the timeline as a sequence diagram, one HTML page) beside it.
     *
     * @param scenario the scenario that ended
     */
    @After
    public void logSeedOnFailure(Scenario scenario) {
        ScenarioWorld ended = world;
        FakeBroker broker = ended == null ? null : ended.startedBroker();
        if (scenario.isFailed() && broker != null) {
            scenario.log("EventTestkit broker seed: " + broker.seed() + "\n" + broker.trace().render());
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("seed", Long.toString(broker.seed()));
            facts.put("faults", broker.faults().toString());
            String html = ScheduleHtml.render(scenario.getName(), facts, null,
                    List.of(new ScheduleHtml.Panel("Schedule", broker.trace())));
            scenario.attach(html.getBytes(StandardCharsets.UTF_8), "text/html",
                    "eventtestkit-schedule-seed-" + broker.seed() + ".html");
        }
    }

    /**
     * @param text e.g. {@code 90 seconds}, {@code 2 hours}, {@code 1 day}, {@code PT30M}
     * @return the duration
     */
    @ParameterType(name = "duration", value = TimeText.DURATION)
    public Duration duration(String text) {
        return TimeText.duration(text);
    }

    /**
     * @param text an ISO-8601 instant, e.g. {@code 2026-01-01T09:00:00Z}
     * @return the instant
     */
    @ParameterType(name = "instant", value = TimeText.INSTANT)
    public Instant instant(String text) {
        return TimeText.instant(text);
    }

    // ---- setup of the scenario -------------------------------------------------------------------------

    /** @param root the contracts root folder, relative to the working directory or on the classpath */
    @Given("the event contracts in {string}")
    public void eventContractsIn(String root) {
        world().contracts(EventContracts.load(ContractRoots.resolve(root)));
    }

    /** @param seed the broker's seed, before it starts */
    @Given("the seed is {long}")
    public void seedIs(long seed) {
        world().seed(seed);
    }

    /** @param instant where the clock starts, or moves forward to */
    @Given("the clock is {instant}")
    public void clockIs(Instant instant) {
        world().clockIs(instant);
    }

    /** Every record is delivered to each group a second time after its ack. */
    @Given("every message is delivered twice")
    public void everyMessageIsDeliveredTwice() {
        world().faults("\"every message is delivered twice\"").duplicates(1.0);
    }

    /** @param percent the share of records delivered a second time after their ack */
    @Given("{int}% of messages are delivered twice")
    public void messagesAreDeliveredTwice(int percent) {
        world().faults("duplicates").duplicates(Percent.rate(percent, 100));
    }

    /** @param percent the share of successful deliveries whose ack is lost (so they are delivered again) */
    @Given("the consumer(s) crash(es) before ack for {int}% of messages")
    public void consumersCrashBeforeAck(int percent) {
        world().faults("crashes before ack").crashBeforeAck(Percent.rate(percent, 99));
    }

    /** Any undelivered record of a partition may be delivered next. */
    @Given("deliveries may be reordered")
    public void deliveriesMayBeReordered() {
        world().faults("reordering").reorder(true);
    }

    /** @param bound the longest random delay before a record is ready for a group */
    @Given("deliveries may be delayed by up to {duration}")
    public void deliveriesMayBeDelayed(Duration bound) {
        world().faults("delays").delay(bound);
    }

    /**
     * @param attempts how many times a failing delivery is tried before it is dead-lettered
     * @param backoff the virtual time between tries
     */
    @Given("a failing message is tried {int} time(s), {duration} apart")
    public void failingMessageIsTried(int attempts, Duration backoff) {
        world().setup().retryPolicy(RetryPolicy.of(attempts, backoff));
    }

    /**
     * @param topic the topic
     * @param partitions its partition count
     */
    @Given("the topic {string} has {int} partition(s)")
    public void topicHasPartitions(String topic, int partitions) {
        world().partitions(topic, partitions);
    }

    // ---- aggregates --------------------------------------------------------------------------------------

    /**
     * @param aggregate the registered aggregate name, e.g. {@code order}
     * @param id the instance, e.g. {@code o-1}
     * @param events a table with the columns type and data, or a doc string with a JSON array
     */
    @Given("the {word} {string} has these events:")
    public void hasTheseEvents(String aggregate, String id, Object events) {
        world().aggregates.given(aggregate, id, EventRow.read(events));
    }

    /**
     * @param aggregate the registered aggregate name
     * @param id the instance
     */
    @Given("the {word} {string} has no events")
    public void hasNoEvents(String aggregate, String id) {
        world().aggregates.given(aggregate, id, List.of());
    }

    /**
     * Sends a command to the aggregate instance the scenario last named for the command's aggregate.
     *
     * @param command the command's registered name
     * @param json the command as a JSON object
     */
    @When("the command {string} is sent:")
    public void commandIsSent(String command, String json) {
        world().aggregates.send(command, json, null, null);
    }

    /**
     * @param command the command's registered name
     * @param aggregate the aggregate name
     * @param id the instance
     * @param json the command as a JSON object
     */
    @When("the command {string} is sent to the {word} {string}:")
    public void commandIsSentTo(String command, String aggregate, String id, String json) {
        world().aggregates.send(command, json, aggregate, id);
    }

    /** @param events the expected events, in order, with the fields that matter */
    @Then("these events are recorded:")
    public void theseEventsAreRecorded(Object events) {
        AggregateChecks.recorded(world(), EventRow.read(events));
    }

    /** The last command (or deadline) recorded nothing and was not rejected. */
    @Then("no events are recorded")
    public void noEventsAreRecorded() {
        AggregateChecks.recorded(world(), List.of());
    }

    /** @param fragment text the rejection's message contains */
    @Then("the command is rejected with {string}")
    public void commandIsRejectedWith(String fragment) {
        AggregateChecks.rejected(world(), fragment);
    }

    /** The last command (or a deadline command) was rejected, whatever the message. */
    @Then("the command is rejected")
    public void commandIsRejected() {
        AggregateChecks.rejected(world(), "");
    }

    /** Checks the events recorded in this scenario (not the given ones) against the loaded contracts. */
    @Then("every recorded event conforms to its contract")
    public void everyRecordedEventConforms() {
        ContractCheck.recorded(world());
    }

    // ---- the broker --------------------------------------------------------------------------------------

    /**
     * Publishes one event, then delivers until nothing is ready.
     *
     * @param type the event's registered type name
     * @param topic the topic
     * @param key the record key
     * @param json the event as a JSON object
     */
    @When("{string} is published to {string} with key {string}:")
    public void isPublishedWithKey(String type, String topic, String key, String json) {
        publish(topic, List.of(new EventRow(type, JsonInput.object(JsonInput.docString(json), "the doc string"),
                key, "the doc string")));
    }

    /**
     * Publishes one event without a key, then delivers until nothing is ready.
     *
     * @param type the event's registered type name
     * @param topic the topic
     * @param json the event as a JSON object
     */
    @When("{string} is published to {string}:")
    public void isPublished(String type, String topic, String json) {
        publish(topic, List.of(new EventRow(type, JsonInput.object(JsonInput.docString(json), "the doc string"),
                null, "the doc string")));
    }

    /**
     * Publishes all the events before delivering any, so that faults may interleave them.
     *
     * @param topic the topic
     * @param events a table with the columns type, data and optionally key
     */
    @When("these events are published together to {string}:")
    public void theseEventsArePublishedTogether(String topic, Object events) {
        publish(topic, EventRow.read(events));
    }

    /** @param duration how much virtual time passes; timers, retries and the current aggregate's deadlines fire */
    @When("{duration} pass(es)")
    public void timePasses(Duration duration) {
        world().timePasses(duration, DurationText.of(duration));
    }

    /**
     * @param count how many
     * @param type the event type name
     * @param topic the topic
     */
    @Then("exactly {int} {string} is/are published to {string}")
    public void exactlyPublished(int count, String type, String topic) {
        new BrokerChecks(world()).publishedExactly(count, type, topic);
    }

    /**
     * @param topic the topic
     * @param events every record of the topic, in order, with the fields that matter (and optionally key)
     */
    @Then("these events are published to {string}:")
    public void theseEventsArePublished(String topic, Object events) {
        new BrokerChecks(world()).publishedInOrder(topic, EventRow.read(events));
    }

    /** @param topic the topic that must hold no record */
    @Then("nothing is published to {string}")
    public void nothingIsPublished(String topic) {
        new BrokerChecks(world()).nothingPublished(topic);
    }

    /** No consumer group gave up on any record. */
    @Then("no message is dead-lettered")
    public void noMessageIsDeadLettered() {
        new BrokerChecks(world()).noDeadLetters();
    }

    /**
     * @param count how many records the group gave up on
     * @param topic the topic
     * @param group the consumer group
     */
    @Then("{int} message(s) is/are dead-lettered from {string} by {string}")
    public void messagesAreDeadLettered(int count, String topic, String group) {
        new BrokerChecks(world()).deadLettered(count, topic, group);
    }

    /** Checks every record published in this scenario, by the steps or by consumers, against the contracts. */
    @Then("every published event conforms to its contract")
    public void everyPublishedEventConforms() {
        ContractCheck.published(world());
    }

    // ---- exchanges and queues ------------------------------------------------------------------------------

    /**
     * @param name the exchange
     * @param type direct, fanout, topic or headers
     */
    @Given("the exchange {string} of type {word}")
    public void theExchange(String name, String type) {
        new ScenarioQueues(world()).exchange(name, type);
    }

    /**
     * Declares a queue with the default options and adds the consumers the configuration registered for it.
     *
     * @param name the queue
     */
    @Given("the queue {string}")
    public void theQueue(String name) {
        new ScenarioQueues(world()).queue(name, QueueOptions.defaults());
    }

    /**
     * Declares a queue with options, one {@code | option | value |} row each, and adds its consumers.
     *
     * @param name the queue
     * @param options e.g. {@code | max length | 2 |}, {@code | message TTL | 30 seconds |}
     */
    @Given("the queue {string} with:")
    public void theQueueWith(String name, DataTable options) {
        new ScenarioQueues(world()).queue(name, ScenarioQueues.options(name, options));
    }

    /**
     * @param queue the queue
     * @param exchange the exchange
     * @param key the binding key (a pattern for a topic exchange)
     */
    @Given("the queue {string} is bound to {string} with key {string}")
    public void theQueueIsBound(String queue, String exchange, String key) {
        world().broker().bind(queue, exchange, key);
    }

    /**
     * @param queue the queue
     * @param exchange the headers exchange
     * @param arguments one {@code | name | value |} row each, {@code x-match} among them
     */
    @Given("the queue {string} is bound to {string} with arguments:")
    public void theQueueIsBoundWithArguments(String queue, String exchange, DataTable arguments) {
        world().broker().bind(queue, exchange, "", ScenarioQueues.arguments(arguments));
    }

    /**
     * Sends one event to an exchange, then delivers until nothing is ready.
     *
     * @param type the event's registered type name
     * @param exchange the exchange
     * @param routingKey the routing key
     * @param json the event as a JSON object
     */
    @When("{string} is sent to {string} with routing key {string}:")
    public void isSent(String type, String exchange, String routingKey, String json) {
        new ScenarioQueues(world()).send(exchange, routingKey, row(type, json), false);
    }

    /**
     * Sends one event as mandatory: returned when no queue takes it.
     *
     * @param type the event's registered type name
     * @param exchange the exchange
     * @param routingKey the routing key
     * @param json the event as a JSON object
     */
    @When("{string} is sent as mandatory to {string} with routing key {string}:")
    public void isSentAsMandatory(String type, String exchange, String routingKey, String json) {
        new ScenarioQueues(world()).send(exchange, routingKey, row(type, json), true);
    }

    /**
     * Sends one event straight to a queue (the default exchange), then delivers until nothing is ready.
     *
     * @param type the event's registered type name
     * @param queue the queue
     * @param json the event as a JSON object
     */
    @When("{string} is sent to the queue {string}:")
    public void isSentToTheQueue(String type, String queue, String json) {
        new ScenarioQueues(world()).send("", queue, row(type, json), false);
    }

    /**
     * @param queue the queue
     * @param count how many messages it holds ready for a consumer
     */
    @Then("the queue {string} holds {int} message(s)")
    public void theQueueHolds(String queue, int count) {
        new ScenarioQueues(world()).holds(queue, count);
    }

    /**
     * Takes every ready message of the queue and compares them, in queue order.
     *
     * @param queue the queue
     * @param events a table with the columns type and data (the fields that matter)
     */
    @Then("the queue {string} holds these events:")
    public void theQueueHoldsTheseEvents(String queue, Object events) {
        new ScenarioQueues(world()).holdsInOrder(queue, EventRow.read(events));
    }

    /** @param count how many mandatory messages no queue took */
    @Then("{int} message(s) is/are returned as unroutable")
    public void messagesAreReturned(int count) {
        new ScenarioQueues(world()).returned(count);
    }

    private static EventRow row(String type, String json) {
        return new EventRow(type, JsonInput.object(JsonInput.docString(json), "the doc string"), null,
                "the doc string");
    }

    private void publish(String topic, List<EventRow> rows) {
        ScenarioWorld current = world();
        List<Object> events = new ArrayList<>();
        for (EventRow row : rows) {
            events.add(Conversions.event(current.registrations, row));
        }
        FakeBroker broker = current.broker();
        for (int i = 0; i < rows.size(); i++) {
            broker.publish(topic, rows.get(i).key(), events.get(i));
        }
        broker.runUntilIdle();
    }

    /**
     * The scenario's world, built at the first EventTestkit step from a new instance of the project's
     * configuration, so that scenarios that use none of these steps need no configuration at all.
     */
    private ScenarioWorld world() {
        ScenarioWorld current = world;
        if (current == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            current = ScenarioWorld.start(loader != null ? loader : EventTestkitSteps.class.getClassLoader());
            world = current;
        }
        return current;
    }
}
