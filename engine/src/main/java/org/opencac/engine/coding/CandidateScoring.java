package org.opencac.engine.coding;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.section.SectionType;
import org.opencac.models.lexicon.TermSource;

/**
 * How strongly the note supports a code, in [0, 1]: the kind of term matched, the section it was
 * found in, how many words matched, the assertion, and repetition. The weights are data
 * ({@code scoring_weights.tsv}, documented in docs/scoring.md) so a coder can set a threshold.
 */
public final class CandidateScoring {
    static final String WORD_BONUS = "words.bonus_per_extra_word";
    static final String WORD_BONUS_MAX = "words.bonus_max";
    static final String UNCERTAIN_PENALTY = "assertion.uncertain_penalty";
    static final String REPETITION_BONUS = "repetition.bonus_per_extra_mention";
    static final String REPETITION_BONUS_MAX = "repetition.bonus_max";
    static final String MAX = "score.max";
    static final String INDEX_PATH_WORD = "words.index_path_per_extra_word";

    /** The weights this class reads: one per term source, one per section type, and the rest. */
    static final Set<String> WEIGHTS = weightNames();

    private final Map<TermSource, Double> bySource = new EnumMap<>(TermSource.class);
    private final Map<SectionType, Double> bySection = new EnumMap<>(SectionType.class);
    private final double wordBonus;
    private final double wordBonusMax;
    private final double uncertainPenalty;
    private final double repetitionBonus;
    private final double repetitionBonusMax;
    private final double max;
    private final double indexPathWord;

    public CandidateScoring(ScoringWeights weights) {
        for (TermSource s : TermSource.values()) {
            bySource.put(s, weights.get(sourceWeight(s)));
        }
        for (SectionType t : SectionType.values()) {
            bySection.put(t, weights.get(sectionWeight(t)));
        }
        wordBonus = weights.get(WORD_BONUS);
        wordBonusMax = weights.get(WORD_BONUS_MAX);
        uncertainPenalty = weights.get(UNCERTAIN_PENALTY);
        repetitionBonus = weights.get(REPETITION_BONUS);
        repetitionBonusMax = weights.get(REPETITION_BONUS_MAX);
        max = weights.get(MAX);
        indexPathWord = weights.get(INDEX_PATH_WORD);
    }

    /**
     * The score of one mention: its term's source, its section, its length in words and its assertion. A
     * path of the Alphabetic Index gathers its words from across a clause: its reach is no sign of a more
     * specific match, so it takes its own per-word weight instead of the bonus of a contiguous dictionary
     * match.
     */
    double mention(TermSource source, SectionType section, int words, Assertion assertion) {
        double s = bySource.get(source);
        s += bySection.get(section);
        if (source == TermSource.ALPHABETIC_INDEX) {
            s += indexPathWord * Math.max(0, words - 1);
        } else {
            s += Math.min(wordBonusMax, wordBonus * Math.max(0, words - 1));
        }
        if (assertion.uncertain()) {
            s -= uncertainPenalty;
        }
        return clamp(s);
    }

    /** The score of a code: its best mention's, raised for each further mention. */
    double withRepetition(double best, int mentions) {
        return clamp(best + Math.min(repetitionBonusMax, repetitionBonus * (mentions - 1)));
    }

    private double clamp(double s) {
        return Math.max(0.0, Math.min(max, Math.round(s * 1000) / 1000.0));
    }

    static String sourceWeight(TermSource s) {
        return "source." + s.name().toLowerCase(Locale.ROOT);
    }

    static String sectionWeight(SectionType t) {
        return "section." + t.id();
    }

    private static Set<String> weightNames() {
        Set<String> names = new HashSet<>(Set.of(WORD_BONUS, WORD_BONUS_MAX, UNCERTAIN_PENALTY, REPETITION_BONUS,
                REPETITION_BONUS_MAX, MAX, INDEX_PATH_WORD));
        for (TermSource s : TermSource.values()) {
            names.add(sourceWeight(s));
        }
        for (SectionType t : SectionType.values()) {
            names.add(sectionWeight(t));
        }
        return Set.copyOf(names);
    }
}
