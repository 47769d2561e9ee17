package org.opencac.evaluation.metrics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Micro and macro precision, recall and F1 over code sets, at a chosen granularity. */
public final class SetMetrics {
    private final Bootstrap bootstrap;

    public SetMetrics(Bootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    /**
     * @param notes the notes of one system
     * @param key   maps a code to what is compared: {@code UnaryOperator.identity()} for exact
     *              codes, {@code Codes::category} for 3-character categories
     */
    public SetScores score(List<NoteCodes> notes, UnaryOperator<String> key) {
        List<Counts> perNote = notes.stream()
                .map(n -> Counts.of(map(n.goldSet(), key), map(n.predictedSet(), key))).toList();
        Map<String, Counts> perCode = perCode(notes, key);
        Counts total = perNote.stream().reduce(Counts.ZERO, Counts::plus);
        Bootstrap.Micro micro = bootstrap.micro(perNote);
        return new SetScores(micro.precision(), micro.recall(), micro.f1(),
                mean(perCode, Counts::precision), mean(perCode, Counts::recall), mean(perCode, Counts::f1),
                total.tp(), total.fp(), total.fn(), perCode.size());
    }

    /** Each code's (or key's) counts summed over notes, in sorted order. */
    public static Map<String, Counts> perCode(List<NoteCodes> notes, UnaryOperator<String> key) {
        Map<String, Counts> perCode = new TreeMap<>();
        for (NoteCodes note : notes) {
            Set<String> gold = map(note.goldSet(), key);
            Set<String> predicted = map(note.predictedSet(), key);
            Set<String> seen = new LinkedHashSet<>(gold);
            seen.addAll(predicted);
            for (String code : seen) {
                int tp = gold.contains(code) && predicted.contains(code) ? 1 : 0;
                perCode.merge(code, new Counts(tp, predicted.contains(code) ? 1 - tp : 0,
                        gold.contains(code) ? 1 - tp : 0), Counts::plus);
            }
        }
        return perCode;
    }

    private static Set<String> map(Set<String> codes, UnaryOperator<String> key) {
        return codes.stream().map(key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static double mean(Map<String, Counts> perCode, ToDoubleFunction<Counts> metric) {
        return perCode.values().stream().mapToDouble(metric).average().orElse(0.0);
    }
}
