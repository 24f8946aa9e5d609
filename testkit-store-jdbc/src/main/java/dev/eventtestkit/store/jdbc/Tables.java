package dev.eventtestkit.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The store's tables in one schema, and the SQL that reads and writes them.
 *
 * <ul>
 *   <li>{@code events}: one row per event; the unique key on (stream, version) is the optimistic concurrency
 *       check: of two writers that read the same version, the second one's insert fails.
 *   <li>{@code streams}: per stream, its metadata and the version it was soft-deleted at.
 *   <li>{@code log_head}: one row holding the next global position. An append takes its row lock when it
 *       assigns positions and keeps it to its commit, so appends commit in position order and a reader that
 *       sees a position sees every position before it.
 * </ul>
 */
final class Tables {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    final String schema;
    final String insertStream;
    final String shareStream;
    final String lockStream;
    final String lastVersion;
    final String takePositions;
    final String insertEvent;
    final String readStream;
    final String readAll;
    final String positionOf;
    final String readAllOfStream;
    final String head;
    final String streamRow;
    final String upsertMetadata;
    final String markDeleted;

    Tables(String schema) {
        if (!NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema \"" + schema + "\": a schema name here is lower-case letters,"
                    + " digits and underscores, starting with a letter or an underscore, at most 63 characters");
        }
        this.schema = schema;
        String columns = "position, stream, version, id, type, schema_version, appended_at, metadata_keys,"
                + " metadata_values, payload::text";
        insertStream = "INSERT INTO " + schema + ".streams (stream) VALUES (?) ON CONFLICT DO NOTHING";
        streamRow = "SELECT max_count, truncate_before, deleted_at FROM " + schema + ".streams WHERE stream = ?";
        shareStream = streamRow + " FOR SHARE";
        lockStream = streamRow + " FOR UPDATE";
        lastVersion = "SELECT coalesce(max(version), -1) FROM " + schema + ".events WHERE stream = ?";
        takePositions = "UPDATE " + schema + ".log_head SET next_position = next_position + ? WHERE id = 1"
                + " RETURNING next_position";
        insertEvent = "INSERT INTO " + schema + ".events (position, stream, version, id, type, schema_version,"
                + " appended_at, metadata_keys, metadata_values, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
        readStream = "SELECT " + columns + " FROM " + schema + ".events WHERE stream = ? AND version >= ?"
                + " AND version <= ? ORDER BY version";
        readAll = "SELECT " + columns + " FROM " + schema + ".events WHERE position >= ? AND position < ?"
                + " ORDER BY position LIMIT ?";
        positionOf = "SELECT position FROM " + schema + ".events WHERE stream = ? AND version = ?";
        readAllOfStream = "SELECT " + columns + " FROM " + schema + ".events WHERE stream = ? AND version >= ?"
                + " AND position < ? ORDER BY version LIMIT ?";
        head = "SELECT next_position FROM " + schema + ".log_head WHERE id = 1";
        upsertMetadata = "INSERT INTO " + schema + ".streams (stream, max_count, truncate_before) VALUES (?, ?, ?)"
                + " ON CONFLICT (stream) DO UPDATE SET max_count = excluded.max_count,"
                + " truncate_before = excluded.truncate_before";
        markDeleted = "UPDATE " + schema + ".streams SET deleted_at = ?, truncate_before = ? WHERE stream = ?";
    }

    /** Creates the schema and its tables when they do not exist. */
    void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            statement.execute("CREATE TABLE IF NOT EXISTS " + schema + ".events ("
                    + " position bigint PRIMARY KEY,"
                    + " stream text NOT NULL,"
                    + " version bigint NOT NULL,"
                    + " id uuid NOT NULL,"
                    + " type text NOT NULL,"
                    + " schema_version integer NOT NULL,"
                    + " appended_at timestamptz NOT NULL,"
                    + " metadata_keys text[] NOT NULL,"
                    + " metadata_values text[] NOT NULL,"
                    + " payload jsonb NOT NULL,"
                    + " CONSTRAINT events_stream_version UNIQUE (stream, version))");
            statement.execute("CREATE TABLE IF NOT EXISTS " + schema + ".streams ("
                    + " stream text PRIMARY KEY,"
                    + " max_count bigint,"
                    + " truncate_before bigint,"
                    + " deleted_at bigint)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + schema + ".log_head ("
                    + " id integer PRIMARY KEY CHECK (id = 1),"
                    + " next_position bigint NOT NULL)");
            statement.execute("INSERT INTO " + schema + ".log_head VALUES (1, 0) ON CONFLICT DO NOTHING");
        }
    }

    /** Drops the schema and everything in it. */
    void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
