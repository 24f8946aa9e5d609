package example.smoke;

import java.util.ArrayList;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Sends greetings and hears them back. */
@Component
public class Greeter {

    public static final String TOPIC = "greetings";

    private final KafkaTemplate<String, Object> kafka;
    private final List<Greeted> heard = new ArrayList<>();

    Greeter(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    public void greet(String id, String name) {
        kafka.send(TOPIC, id, new Greeted(id, name, "not sent"));
    }

    @KafkaListener(topics = TOPIC, groupId = "greeter")
    void hear(Greeted greeting) {
        synchronized (heard) {
            heard.add(greeting);
        }
    }

    /** @return the greetings heard, in order */
    public List<Greeted> heard() {
        synchronized (heard) {
            return List.copyOf(heard);
        }
    }
}
