package example.smoke;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An event with the application's own Jackson annotations, as teams write them. */
public record Greeted(@JsonProperty("greeting_id") String greetingId, String name, @JsonIgnore String note) {}
