package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress bars, the summary and terminal detection. */
class ConsoleTest {

    @Test
    void aBarAppearsAfterHalfASecondIsThrottledAndIsErasedAtTheEnd() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong(1_000_000_000L);
        ProgressBar bar = new ProgressBar(new PrintWriter(err), "fitting", ProgressBar.Unit.ARTICLES, now::get);
        bar.update(10, 18_846);
        assertEquals("", err.toString(), "nothing in the first half second");
        now.addAndGet(600_000_000L);
        bar.update(9_423, 18_846);
        String line = "  fitting  [###############---------------]  50%  9,423/18,846 articles";
        assertEquals("\r" + line, err.toString());
        now.addAndGet(50_000_000L);
        bar.update(12_000, 18_846);
        assertEquals("\r" + line, err.toString(), "at most ten redraws a second");
        bar.close();
        assertEquals("\r" + line + "\r" + " ".repeat(line.length()) + "\r", err.toString());
    }

    @Test
    void warningsEraseTheBarFirst() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Console console = new Console(new PrintWriter(err), true, false, now::get);
        ProgressBar bar = console.bar("reading", ProgressBar.Unit.BYTES);
        now.set(600_000_000L);
        bar.update(1_000_000, 2_000_000);
        String line = "  reading  [###############---------------]  50%  1.0/2.0 MB";
        console.warn("skipped a.jsonl:1:1: bad JSON");
        now.set(800_000_000L);
        bar.update(1_500_000, 2_000_000);
        assertEquals(
                "\r" + line + "\r" + " ".repeat(line.length()) + "\r" + "kindred: skipped a.jsonl:1:1: bad JSON\n"
                        + "\r  reading  [######################--------]  75%  1.5/2.0 MB",
                err.toString());
    }

    @Test
    void bytesInMegabytes() {
        ProgressBar bar = new ProgressBar(null, "reading", ProgressBar.Unit.BYTES, () -> 0);
        assertEquals(
                "  reading  [#-----------------------------]   4%  1.5/36.0 MB", bar.render(1_500_000, 36_000_000));
        assertEquals(
                "  reading  [##############################] 100%  36.0/36.0 MB", bar.render(36_000_000, 36_000_000));
    }

    @Test
    void quietConsolesOnlyWarn() {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(err), false, true);
        console.summary("%,d articles", 12_345);
        console.bar("fitting", ProgressBar.Unit.ARTICLES).update(1, 2);
        console.warn("skipped x");
        assertEquals("kindred: skipped x\n", err.toString());
        StringWriter chatty = new StringWriter();
        new Console(new PrintWriter(chatty), false, false).summary("%,d articles in %.2f s", 12_345, 1.5);
        assertEquals("kindred: 12,345 articles in 1.50 s\n", chatty.toString());
    }

    @Test
    void standardErrorOfTheTestsIsNoTerminal() {
        assertFalse(Terminal.isStandardErrorTerminal());
    }
}
