package org.opencac.engine.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencac.engine.DataFiles;
import org.opencac.engine.NumberTable;

/**
 * The numbers of candidate scoring (data: {@code scoring_weights.tsv}, one row per weight: name, value,
 * meaning), loaded once. The file must have exactly the rows its readers declare ({@link #NAMES}): a
 * missing or an unused weight fails at load, naming it, so a weight cannot drift away from the code.
 */
public final class ScoringWeights {
    public static final String RESOURCE = "/org/opencac/engine/coding/scoring_weights.tsv";

    /** Every weight a reader of this file asks for. */
    public static final Set<String> NAMES = union(CandidateScoring.WEIGHTS, TabularResolution.WEIGHTS);

    /** One row: its value and what it means. */
    public record Weight(String name, double value, String meaning) {
        public Weight {
            if (name.isBlank() || meaning.isBlank() || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a weight needs a name, a finite value and a meaning");
            }
        }
    }

    private final Map<String, Weight> byName;

    private ScoringWeights(Map<String, Weight> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The bundled weights. */
    public static ScoringWeights standard() {
        return parse(bundledRows(), RESOURCE, NAMES);
    }

    /** The rows of the bundled file, after its header: what {@link #parse} reads. */
    static List<String> bundledRows() {
        return DataFiles.afterHeader(RESOURCE, NumberTable.HEADER);
    }

    /** Weights read from data lines (a {@link NumberTable}); {@code expected} is the exact set of names the file must have. */
    static ScoringWeights parse(List<String> lines, String file, Set<String> expected) {
        Map<String, Weight> map = new LinkedHashMap<>();
        for (NumberTable.Row r : NumberTable.parse(lines, file, expected)) {
            map.put(r.name(), new Weight(r.name(), r.value(), r.meaning()));
        }
        return new ScoringWeights(map);
    }

    /** The value of a declared weight. */
    public double get(String name) {
        Weight w = byName.get(name);
        if (w == null) {
            throw new IllegalArgumentException("no scoring weight named " + name);
        }
        return w.value();
    }

    /** The rows, for documentation and the API's explanation of scores. */
    public List<Weight> all() {
        return List.copyOf(byName.values());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
