package dev.eventtestkit.spring.shop;

public record OrderCancelled(String orderId, String reason) {}
