package org.opencac.evaluation;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line console progress bar, redrawn in place with a carriage return:
 * {@code [##########..........]  50/100  50%  elapsed 0:12  ETA 0:12}. Ends the line when done.
 */
public final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private static final long REDRAW_MILLIS = 200;
    private volatile int lastPercent = -1;
    private volatile long lastDrawNanos = System.nanoTime() - REDRAW_MILLIS * 1_000_000L;

    public ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    /** A bar on standard error. */
    public static ProgressBar stderr(String label) {
        return new ProgressBar(System.err, label);
    }

    /**
     * Redraws when the percentage changes, at most every {@value #REDRAW_MILLIS} ms otherwise, and when
     * done. Workers calling it for every note mostly return before the lock, so it never paces them.
     */
    @Override
    public void update(Progress progress) {
        int percent = (int) Math.floor(progress.fraction() * 100);
        boolean finished = progress.done() >= progress.total();
        long now = System.nanoTime();
        if (percent == lastPercent && !finished && now - lastDrawNanos < REDRAW_MILLIS * 1_000_000L) {
            return; // a racy read: at worst one redraw too many
        }
        draw(progress, percent, finished, now);
    }

    private synchronized void draw(Progress progress, int percent, boolean finished, long now) {
        if (percent == lastPercent && !finished && now - lastDrawNanos < REDRAW_MILLIS * 1_000_000L) {
            return;
        }
        lastPercent = percent;
        lastDrawNanos = now;
        out.print("\r" + line(progress));
        if (finished) {
            out.println();
        }
        out.flush();
    }

    /** The text of the bar, without the carriage return. */
    public String line(Progress progress) {
        int filled = (int) Math.round(progress.fraction() * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        return String.format("%s [%s] %d/%d %3d%%  elapsed %s  ETA %s", label, bar, progress.done(),
                progress.total(), (int) Math.floor(progress.fraction() * 100),
                clock(progress.elapsed()), clock(progress.eta()));
    }

    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
