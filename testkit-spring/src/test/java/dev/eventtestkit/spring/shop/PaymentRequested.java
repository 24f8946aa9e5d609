package dev.eventtestkit.spring.shop;

public record PaymentRequested(String orderId, int amount) {}
