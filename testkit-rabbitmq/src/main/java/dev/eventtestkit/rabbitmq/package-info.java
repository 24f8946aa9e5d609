/** {@link dev.eventtestkit.broker.QueueBroker} on a real RabbitMQ: {@link dev.eventtestkit.rabbitmq.RabbitBroker}. */
@NullMarked
package dev.eventtestkit.rabbitmq;

import org.jspecify.annotations.NullMarked;
