package dev.eventtestkit.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Method;
import com.rabbitmq.client.ShutdownSignalException;
import dev.eventtestkit.broker.QueueBrokerException;
import org.jspecify.annotations.Nullable;

/** Turns a channel or connection the server closed into RabbitMQ's reply, with the test's names. */
final class RabbitErrors {

    private RabbitErrors() {}

    /**
     * @return the server's refusal as the fake words it, or a plain exception for anything else (a lost
     *     connection, a timeout)
     */
    static RuntimeException translate(String operation, Exception failure, RabbitNames names) {
        ShutdownSignalException shutdown = shutdown(failure);
        if (shutdown != null) {
            Method reason = shutdown.getReason();
            if (reason instanceof AMQP.Channel.Close close) {
                return new QueueBrokerException(operation, close.getReplyCode(), names.text(close.getReplyText()));
            }
            if (reason instanceof AMQP.Connection.Close close) {
                return new QueueBrokerException(operation, close.getReplyCode(), names.text(close.getReplyText()));
            }
        }
        return new IllegalStateException(operation + ": " + failure, failure);
    }

    private static @Nullable ShutdownSignalException shutdown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ShutdownSignalException signal) {
                return signal;
            }
        }
        return null;
    }
}
