/**
 * The kit's HTML reports and diagrams: escaping, the sequence diagram of a trace (also as Mermaid text), the
 * schedule report, and where failure reports are written. Self-contained pages: inline style and script, no fetch.
 * Machinery behind {@code Trace.toHtml}, {@code Trace.toMermaid} and the failure reports; not called by users.
 */
@NullMarked
package dev.eventtestkit.report.html;

import org.jspecify.annotations.NullMarked;
