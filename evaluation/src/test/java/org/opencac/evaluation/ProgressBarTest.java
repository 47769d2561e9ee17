package org.opencac.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void etaExtrapolatesTheMeanTimePerNote() {
        // 10 of 40 in 20 s -> 2 s a note -> 30 left take 60 s
        assertEquals(Duration.ofSeconds(60), Progress.of(10, 40, Duration.ofSeconds(20)).eta());
        assertEquals(Duration.ZERO, Progress.of(0, 40, Duration.ofSeconds(5)).eta());
    }

    @Test
    void barShowsCountPercentElapsedAndEta() {
        String line = new ProgressBar(System.err, "evaluate").line(Progress.of(10, 40, Duration.ofSeconds(20)));
        assertEquals("evaluate [########......................] 10/40  25%  elapsed 0:20  ETA 1:00", line);
    }

    @Test
    void redrawsInPlaceAndEndsTheLineWhenDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "batch");
        bar.update(Progress.of(1, 2, Duration.ofSeconds(1)));
        bar.update(Progress.of(2, 2, Duration.ofSeconds(2)));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\rbatch ["), out);
        assertTrue(out.contains("\rbatch [##############################] 2/2 100%"), out);
        assertTrue(out.endsWith(System.lineSeparator()), out);
    }

    @Test
    void longRunsShowHours() {
        assertEquals("1:01:05", ProgressBar.clock(Duration.ofSeconds(3665)));
    }
}
