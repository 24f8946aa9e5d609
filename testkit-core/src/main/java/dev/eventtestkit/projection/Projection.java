package dev.eventtestkit.projection;

/** How a fixture hands one delivery to the read model under test. */
@FunctionalInterface
interface Projection<R> {

    /**
     * @param readModel the read model
     * @param delivery the event
     * @param classes the classes of the given events, by type name
     * @throws Exception what the read model throws
     */
    void apply(R readModel, Envelope delivery, EventClasses classes) throws Exception;
}
