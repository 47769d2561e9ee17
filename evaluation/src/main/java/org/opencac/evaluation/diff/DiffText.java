package org.opencac.evaluation.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import java.util.stream.IntStream;
import org.opencac.evaluation.metrics.Estimate;

/** Renders a {@link RunComparison} as plain-text tables for the console, or as JSON. */
public final class DiffText {
    private static final int MAX_CODES = 20;

    private DiffText() {
    }

    public static String render(RunComparison diff) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(diff.runA()).append('\n').append("B: ").append(diff.runB()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-12s %-26s %-24s %-24s %8s%n", "system", "metric", "A [95% CI]",
                "B [95% CI]", "B - A"));
        for (MetricDelta d : diff.headline()) {
            out.append(String.format(Locale.ROOT, "%-12s %-26s %-24s %-24s %+8.3f%n", d.system(), d.metric(),
                    side(d, d.a()), side(d, d.b()), d.delta()));
        }
        out.append("\nCodes newly correct: ").append(list(diff.newlyCorrect().size(), String.join(", ", diff.newlyCorrect())));
        out.append("\nCodes newly wrong:   ").append(list(diff.newlyWrong().size(), String.join(", ", diff.newlyWrong())));
        out.append("\n\nCode F1 changes (").append(diff.codes().size()).append("; largest gains and losses):\n");
        out.append(String.format(Locale.ROOT, "%-12s %-10s %7s %7s %8s%n", "system", "code", "F1 A", "F1 B", "B - A"));
        int size = diff.codes().size();
        IntStream.range(0, size).filter(i -> i < MAX_CODES / 2 || i >= size - MAX_CODES / 2)
                .mapToObj(diff.codes()::get)
                .forEach(c -> out.append(String.format(Locale.ROOT, "%-12s %-10s %7.3f %7.3f %+8.3f%n",
                        c.system(), c.code(), c.f1A(), c.f1B(), c.delta())));
        out.append("\nNotes that changed most:\n");
        out.append(String.format(Locale.ROOT, "%-20s %7s %7s %8s  %s%n", "note", "F1 A", "F1 B", "B - A", "codes"));
        for (NoteChange n : diff.notes()) {
            out.append(String.format(Locale.ROOT, "%-20s %7.3f %7.3f %+8.3f  +tp %s -tp %s +fp %s -fp %s%n",
                    n.id(), n.f1A(), n.f1B(), n.delta(), n.gained(), n.lost(), n.newFp(), n.fixedFp()));
        }
        if (!diff.onlyInA().isEmpty() || !diff.onlyInB().isEmpty()) {
            out.append("\nNotes only in A: ").append(diff.onlyInA().size()).append(", only in B: ")
                    .append(diff.onlyInB().size()).append('\n');
        }
        return out.toString();
    }

    public static String json(RunComparison diff) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(diff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String side(MetricDelta d, Estimate e) {
        return d.interval()
                ? String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.value(), e.low(), e.high())
                : String.format(Locale.ROOT, "%.3f", e.value());
    }

    private static String list(int count, String codes) {
        return count == 0 ? "none" : count + " (" + codes + ")";
    }
}
