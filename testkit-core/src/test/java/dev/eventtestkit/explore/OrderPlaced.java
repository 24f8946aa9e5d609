package dev.eventtestkit.explore;

record OrderPlaced(String orderId, long amount) {}
