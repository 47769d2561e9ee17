package org.opencac.evaluation.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.gold.GoldCode;

/**
 * One note's gold codes and ranked predictions in a single code system, normalized and with
 * duplicate predictions removed (the first, best-ranked one is kept).
 *
 * @param id        the note id
 * @param gold      the gold codes of the system
 * @param predicted the predicted codes of the system, best first, each code once
 */
public record NoteCodes(String id, List<GoldCode> gold, List<PredictedCode> predicted) {
    public NoteCodes {
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
    }

    /** Keeps the codes of {@code system}, normalizes them and drops repeated predictions. */
    public static NoteCodes of(String id, String system, List<GoldCode> gold, List<PredictedCode> predicted) {
        Map<String, GoldCode> golds = new LinkedHashMap<>();
        gold.stream().filter(g -> system.equals(g.system())).forEach(g -> golds.putIfAbsent(
                Codes.normalize(system, g.code()), new GoldCode(system, Codes.normalize(system, g.code()), g.spans())));
        Map<String, PredictedCode> predictions = new LinkedHashMap<>();
        predicted.stream().filter(p -> system.equals(p.system())).forEach(p -> predictions.putIfAbsent(
                Codes.normalize(system, p.code()),
                new PredictedCode(system, Codes.normalize(system, p.code()), p.score(), p.spans())));
        return new NoteCodes(id, new ArrayList<>(golds.values()), new ArrayList<>(predictions.values()));
    }

    public Set<String> goldSet() {
        Set<String> codes = new LinkedHashSet<>();
        gold.forEach(g -> codes.add(g.code()));
        return codes;
    }

    public Set<String> predictedSet() {
        return new LinkedHashSet<>(ranked());
    }

    /** The predicted codes in rank order. */
    public List<String> ranked() {
        return predicted.stream().map(PredictedCode::code).toList();
    }
}
