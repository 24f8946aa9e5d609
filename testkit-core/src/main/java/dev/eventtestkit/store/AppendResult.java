package dev.eventtestkit.store;

import org.apiguardian.api.API;

/**
 * What an append wrote, as EventStoreDB/Kurrent reports it.
 *
 * <pre>{@code
 * AppendResult result = store.append("order-1", ExpectedVersion.noStream(), placed, paid);
 * result.nextExpectedVersion();   // 1: the version of the last event written (placed is 0, paid is 1)
 * store.append("order-1", ExpectedVersion.exactly(result.nextExpectedVersion()), shipped);
 * }</pre>
 *
 * @param nextExpectedVersion the version of the last event of the stream after the append: pass it to
 *     {@link ExpectedVersion#exactly(long)} for the next append; -1 when an empty append met a stream that
 *     does not exist
 * @param position the global position of the last event written; when no event was written, the position of
 *     the stream's last event, or -1 when it has none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AppendResult(long nextExpectedVersion, long position) {}
