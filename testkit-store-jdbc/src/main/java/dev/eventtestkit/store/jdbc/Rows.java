package dev.eventtestkit.store.jdbc;

import dev.eventtestkit.event.EventCodec;
import dev.eventtestkit.store.StoredEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns rows of the {@code events} table into stored events. */
final class Rows {

    private Rows() {}

    static StoredEvent event(ResultSet row, EventCodec codec) throws SQLException {
        String[] keys = (String[]) row.getArray(8).getArray();
        String[] values = (String[]) row.getArray(9).getArray();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            metadata.put(keys[i], values[i]);
        }
        return new StoredEvent(row.getObject(4).toString(), row.getString(2), row.getLong(3), row.getLong(1),
                row.getString(5), row.getInt(6), row.getObject(7, OffsetDateTime.class).toInstant(), metadata,
                row.getString(10), codec);
    }
}
