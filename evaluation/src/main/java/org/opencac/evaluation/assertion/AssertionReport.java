package org.opencac.evaluation.assertion;

import java.util.List;
import java.util.Locale;

/**
 * The result of an assertion evaluation: per-category scores and the rows that went wrong. A plain record,
 * so Jackson writes it as JSON; {@link #toTable()} renders it for a terminal.
 *
 * @param source     the evaluated file
 * @param mode       "assertion stage" (the detector on one mention) or "end to end" (the full pipeline)
 * @param rows       number of rows
 * @param exact      rows whose five attributes all match the gold
 * @param notFound   rows whose target no mention covers (end to end); misses for their gold categories
 * @param categories scores in category order
 * @param errors     misclassified rows, in file order
 */
public record AssertionReport(String source, String mode, int rows, int exact, int notFound,
                              List<CategoryScore> categories,
                              List<Misclassified> errors) {
    public AssertionReport {
        categories = List.copyOf(categories);
        errors = List.copyOf(errors);
    }

    /** The same scores without the misclassified rows (for a frozen part, whose errors nobody reads). */
    public AssertionReport withoutErrors() {
        return new AssertionReport(source, mode, rows, exact, notFound, categories, List.of());
    }

    /** The score of one category ("negated" ...), or null. */
    public CategoryScore score(String category) {
        return categories.stream().filter(c -> c.category().equals(category)).findFirst().orElse(null);
    }

    /** A fixed-width table of the scores, then one line per misclassified row. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Assertion evaluation (%s) of %s: %d rows, %d exact (%.1f%%)%n", mode,
                source, rows, exact, rows == 0 ? 0.0 : 100.0 * exact / rows));
        if (mode.equals("end to end")) {
            b.append(String.format(Locale.ROOT, "not found: %d rows (no mention covers the target; each counts as a "
                    + "miss (fn) for every category its gold has, and is not exact)%n", notFound));
        }
        b.append(String.format(Locale.ROOT, "%-13s %5s %5s %5s %9s %7s %6s%n", "category", "tp", "fp", "fn",
                "precision", "recall", "f1"));
        for (CategoryScore c : categories) {
            b.append(String.format(Locale.ROOT, "%-13s %5d %5d %5d %9.3f %7.3f %6.3f%n", c.category(), c.tp(), c.fp(),
                    c.fn(), c.precision(), c.recall(), c.f1()));
        }
        if (!errors.isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nMisclassified (%d):%n", errors.size()));
            for (Misclassified m : errors) {
                b.append(String.format(Locale.ROOT, "%s (line %d) [%s] expected %s, got %s %s: %s%n", m.id(), m.line(),
                        m.target(), m.expected(), m.predicted(), m.cues(), m.sentence().replace("\n", "\\n")));
            }
        }
        return b.toString();
    }
}
