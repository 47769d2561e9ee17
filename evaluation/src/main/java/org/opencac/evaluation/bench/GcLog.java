package org.opencac.evaluation.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap figures read from a unified JVM GC log ({@code -Xlog:gc:file=...}), whose pause lines end
 * like {@code Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(512M) 3.456ms}.
 *
 * @param pauses           number of GC pauses logged
 * @param maxBeforeGcBytes largest heap occupancy seen before a collection (the high-water mark)
 * @param maxAfterGcBytes  largest heap occupancy left after a young, mixed or full collection (the live-set
 *                         ceiling, with what survived of the young objects); G1's remark and cleanup pauses
 *                         are left out: they collect no young objects, so their "after" holds everything
 *                         allocated since the last collection, not a live set
 * @param maxCapacityBytes largest committed heap size logged
 * @param pauseMillis      total time of the logged pauses
 * @param markCycles       G1 concurrent mark cycles completed (each runs beside the application on a GC
 *                         thread: on few cores, CPU taken from requests)
 * @param markMillis       total length of those cycles
 */
public record GcLog(int pauses, long maxBeforeGcBytes, long maxAfterGcBytes, long maxCapacityBytes,
                    double pauseMillis, int markCycles, double markMillis) {
    private static final Pattern PAUSE = Pattern.compile(
            "(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)(?:\\s+([0-9.]+)ms)?");
    private static final Pattern MARK_CYCLE = Pattern.compile("Concurrent Mark Cycle ([0-9.]+)ms");

    public static GcLog parse(List<String> lines) {
        int pauses = 0;
        long before = 0;
        long after = 0;
        long capacity = 0;
        double millis = 0;
        int marks = 0;
        double markMillis = 0;
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            Matcher mark = MARK_CYCLE.matcher(line);
            if (mark.find()) {
                marks++;
                markMillis += Double.parseDouble(mark.group(1));
            } else if (line.contains("Pause") && m.find()) {
                pauses++;
                before = Math.max(before, bytes(m.group(1), m.group(2)));
                if (line.contains("Pause Young") || line.contains("Pause Full")) {
                    after = Math.max(after, bytes(m.group(3), m.group(4)));
                }
                capacity = Math.max(capacity, bytes(m.group(5), m.group(6)));
                millis += m.group(7) == null ? 0 : Double.parseDouble(m.group(7));
            }
        }
        return new GcLog(pauses, before, after, capacity, millis, marks, markMillis);
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }

    public static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
