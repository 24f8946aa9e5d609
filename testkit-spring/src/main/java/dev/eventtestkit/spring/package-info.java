/**
 * The Spring Boot face: {@link dev.eventtestkit.spring.EventTestkitKafka} puts a Boot app's own
 * {@code @KafkaListener} methods and {@code KafkaTemplate} on the fake broker.
 */
@NullMarked
package dev.eventtestkit.spring;

import org.jspecify.annotations.NullMarked;
