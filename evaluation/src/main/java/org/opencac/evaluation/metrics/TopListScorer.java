package org.opencac.evaluation.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Top-k precision and recall and first-listed accuracy, for all notes and for each gold part.
 * Top-k precision is the share of the engine's first k suggestions that are gold, top-k recall the
 * share of gold codes found among them (both pooled over notes); first-listed accuracy is the share of
 * notes with a gold first-listed code whose engine first-listed code equals it. A note without
 * suggestions shows nothing and gets its first-listed code wrong.
 */
public final class TopListScorer {
    public static final int DEFAULT_K = 10;
    public static final String ALL = "all";
    private final int k;

    public TopListScorer(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive");
        }
        this.k = k;
    }

    /** The "all" row first, then one row per part in alphabetical order (none when no note has a part). */
    public List<TopListScores> score(List<RankedNote> notes) {
        List<TopListScores> rows = new ArrayList<>();
        rows.add(group(ALL, notes));
        Set<String> parts = new TreeSet<>();
        notes.stream().map(RankedNote::part).filter(Objects::nonNull).forEach(parts::add);
        for (String part : parts) {
            rows.add(group(part, notes.stream().filter(n -> part.equals(n.part())).toList()));
        }
        return rows;
    }

    private TopListScores group(String part, List<RankedNote> notes) {
        int shown = 0;
        int correct = 0;
        int gold = 0;
        int firstNotes = 0;
        int firstCorrect = 0;
        for (RankedNote note : notes) {
            List<String> top = note.ranked().subList(0, Math.min(k, note.ranked().size()));
            Set<String> goldSet = Set.copyOf(note.gold());
            shown += top.size();
            correct += (int) top.stream().filter(goldSet::contains).count();
            gold += goldSet.size();
            if (note.goldFirstListed() != null) {
                firstNotes++;
                if (note.goldFirstListed().equals(note.firstListed())) {
                    firstCorrect++;
                }
            }
        }
        return new TopListScores(part, notes.size(), k, shown, correct, gold, ratio(correct, shown),
                ratio(correct, gold), firstNotes, firstCorrect, ratio(firstCorrect, firstNotes));
    }

    private static Double ratio(int a, int b) {
        return b == 0 ? null : (double) a / b;
    }
}
