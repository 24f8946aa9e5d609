package dev.eventtestkit.kafka;

/** Maps the names a test uses to the names on the cluster, so tests sharing a cluster never meet. */
record TopicNames(String prefix) {

    String topic(String topic) {
        return prefix + topic;
    }

    String group(String group) {
        return prefix + group;
    }

    String deadLetterTopic(String topic, String group) {
        return prefix + topic + "." + group + ".dlt";
    }

    String logical(String physicalTopic) {
        return physicalTopic.startsWith(prefix) ? physicalTopic.substring(prefix.length()) : physicalTopic;
    }
}
