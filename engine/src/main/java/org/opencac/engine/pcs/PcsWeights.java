package org.opencac.engine.pcs;

import java.util.List;
import java.util.Set;
import org.opencac.engine.NumberTable;
import org.opencac.engine.system.PluginNumbers;

/**
 * The numbers of the PCS plug-in (data: {@code pcs_weights.tsv}, one row per number: name, value,
 * meaning): the scores that rank its suggestions and the word windows its readers look through. The file
 * must have exactly the rows the code reads ({@link #NAMES}): a missing or an unused row fails at load,
 * naming it, so a number cannot drift away from the code that reads it.
 */
public final class PcsWeights {
    static final String RESOURCE = PcsLexicon.DIR + "pcs_weights.tsv";

    /** Suggestion scores: a complete code, a code stopped at a missing character, a table without a body part. */
    static final String SCORE_COMPLETE = "score.complete";
    static final String SCORE_INCOMPLETE = "score.incomplete";
    static final String SCORE_NO_BODY_PART = "score.no_body_part";
    /** How far the body part was read from the procedure word (ranking feature). */
    static final String REACH_SENTENCE = "reach.same_sentence_far";
    static final String REACH_NEIGHBOUR = "reach.neighbour_sentence";
    /** Factor when a Medical and Surgical word names only the root operation and the body part is read from the sentence. */
    static final String FACTOR_OPERATION_BODY_PART_READ = "factor.operation_body_part_read";
    /** Factor when a paired organ's side is not written next to it (read from the note, or both organs examined). */
    static final String FACTOR_SIDE_INFERRED = "factor.side_inferred";
    static final String BONUS_PROCEDURE_SECTION = "bonus.procedure_section";
    static final String BONUS_REPEAT = "bonus.repeat";
    static final String WINDOW_WORDS = "window.words";
    static final String NEAR_WORDS = "near.words";
    static final String NEIGHBOUR_SENTENCES_BEFORE = "neighbour.sentences_before";
    static final String NEIGHBOUR_SENTENCES_AFTER = "neighbour.sentences_after";
    static final String BODY_PART_LABEL_WORD = "body_part.label_word";
    static final String BODY_PART_SYNONYM_WORD = "body_part.synonym_word";
    static final String BODY_PART_MAX_GROUPS = "body_part.max_groups";
    static final String SIDE_NEAR_WORDS = "side.near_words";
    static final String SIDE_PAIR_CHARS = "side.pair_chars";
    /** Words after the procedure word read for a finding word that reports its result. */
    static final String RESULT_WORDS = "result.words";
    static final String NOT_PERFORMED_WORDS = "not_performed.words";

    /** Every number a reader of the file asks for. */
    public static final Set<String> NAMES = Set.of(SCORE_COMPLETE, SCORE_INCOMPLETE, SCORE_NO_BODY_PART,
            REACH_SENTENCE, REACH_NEIGHBOUR, FACTOR_OPERATION_BODY_PART_READ, FACTOR_SIDE_INFERRED,
            BONUS_PROCEDURE_SECTION, BONUS_REPEAT, WINDOW_WORDS, NEAR_WORDS,
            NEIGHBOUR_SENTENCES_BEFORE, NEIGHBOUR_SENTENCES_AFTER, BODY_PART_LABEL_WORD, BODY_PART_SYNONYM_WORD,
            BODY_PART_MAX_GROUPS, SIDE_NEAR_WORDS, SIDE_PAIR_CHARS, NOT_PERFORMED_WORDS,
            RESULT_WORDS);

    private final PluginNumbers numbers;

    private PcsWeights(PluginNumbers numbers) {
        this.numbers = numbers;
    }

    /** The bundled numbers. */
    public static PcsWeights standard() {
        return new PcsWeights(PluginNumbers.load(RESOURCE, NAMES));
    }

    /** Numbers read from data lines; {@code expected} is the exact set of names the file must have. */
    static PcsWeights parse(List<String> lines, String file, Set<String> expected) {
        return new PcsWeights(PluginNumbers.parse(lines, file, expected));
    }

    /** The value of a declared number. */
    public double get(String name) {
        return numbers.value(name);
    }

    /** A declared number that counts words, sentences or characters: a whole number of at least 0. */
    public int count(String name) {
        return numbers.count(name);
    }

    /** The rows, for documentation. */
    public List<NumberTable.Row> all() {
        return numbers.rows();
    }
}
