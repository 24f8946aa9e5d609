package dev.eventtestkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    void startsOnLoopbackAndStopsCleanly() throws Exception {
        // given a broker of its own, not the shared one, so stopping it is observable
        EmbeddedKafka kafka = EmbeddedKafka.start();
        String bootstrap = kafka.bootstrapServers();

        // then it answers admin calls
        assertThat(bootstrap).startsWith("127.0.0.1:");
        try (Admin admin = admin(bootstrap)) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
        assertThat(kafka.startupTime()).isPositive();

        // when it is closed, then it no longer answers
        kafka.close();
        try (Admin admin = admin(bootstrap)) {
            assertThatThrownBy(() -> admin.describeCluster().nodes().get()).isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void sharesOneBrokerPerJvmUnlessAnExternalClusterIsNamed() {
        // the whole suite may itself run against an external cluster: put the property back afterwards
        String configured = System.clearProperty(EmbeddedKafka.BOOTSTRAP_PROPERTY);
        try {
            assertThat(EmbeddedKafka.externalOrEmbedded()).isEqualTo(EmbeddedKafka.shared().bootstrapServers());
            assertThat(EmbeddedKafka.shared()).isSameAs(EmbeddedKafka.shared());

            System.setProperty(EmbeddedKafka.BOOTSTRAP_PROPERTY, " staging-kafka:9092 ");
            assertThat(EmbeddedKafka.externalOrEmbedded()).isEqualTo("staging-kafka:9092");
        } finally {
            if (configured == null) {
                System.clearProperty(EmbeddedKafka.BOOTSTRAP_PROPERTY);
            } else {
                System.setProperty(EmbeddedKafka.BOOTSTRAP_PROPERTY, configured);
            }
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(2).toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000));
    }
}
