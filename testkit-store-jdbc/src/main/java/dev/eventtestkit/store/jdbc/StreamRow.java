package dev.eventtestkit.store.jdbc;

import dev.eventtestkit.store.StreamMetadata;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of the {@code streams} table: the stream's metadata and the version it was soft-deleted at. A stream
 * is deleted while that version is still its last: an append after it recreates the stream without touching
 * the row.
 */
record StreamRow(StreamMetadata metadata, long deletedAt) {

    static final StreamRow NONE = new StreamRow(StreamMetadata.none(), -1);

    static StreamRow read(ResultSet row) throws SQLException {
        StreamMetadata metadata = StreamMetadata.none();
        long maxCount = row.getLong(1);
        if (!row.wasNull()) {
            metadata = metadata.withMaxCount(maxCount);
        }
        long truncateBefore = row.getLong(2);
        if (!row.wasNull()) {
            metadata = metadata.withTruncateBefore(truncateBefore);
        }
        long deletedAt = row.getLong(3);
        return new StreamRow(metadata, row.wasNull() ? -1 : deletedAt);
    }

    boolean deleted(long lastVersion) {
        return deletedAt >= 0 && lastVersion == deletedAt;
    }
}
