package dev.eventtestkit.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Names the contract subject and version of an event class.
 *
 * <pre>{@code
 * @EventType(name = "OrderCreated", version = 2)
 * record OrderCreated(String orderId, long amount, String currency) {}
 * }</pre>
 *
 * <p>A class without the annotation is the subject of its simple class name, version 1.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@API(status = API.Status.STABLE, since = "0.1")
public @interface EventType {

    /** @return the subject (event type) name; empty means the simple class name */
    String name() default "";

    /** @return the contract version, 1 or more */
    int version() default 1;
}
