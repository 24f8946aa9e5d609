package dev.eventtestkit.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JunitReportTest {

    @Test
    void xmlEscapingKeepsLegalCharactersAndReplacesTheOthersVisibly() {
        assertThat(JunitReport.escape("tab\tlf\ncr\r<&>\"", false)).isEqualTo("tab\tlf\ncr&#13;&lt;&amp;&gt;&quot;");
        assertThat(JunitReport.escape("tab\tlf\n")).isEqualTo("tab&#9;lf&#10;");
        assertThat(JunitReport.escape("\u0000\u001F\uFFFE\uFFFF\uD800x\uDC00")).isEqualTo("\\u0000\\u001F\\uFFFE\\uFFFF\\uD800x\\uDC00");
        assertThat(JunitReport.escape("\uD83D\uDE00 \u00E9 \uFFFD")).isEqualTo("\uD83D\uDE00 \u00E9 \uFFFD");
    }
}
