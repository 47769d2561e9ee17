package org.opencac.engine.testing;

import java.util.List;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;

/**
 * A text coded by the shared test pipeline ({@link TestModels#pipeline()}) in one care setting: the one-line
 * helpers the tests share, so a test reads {@code outpatient(note)} or {@code inpatientCodes(note)}.
 */
public final class Coded {
    private Coded() {
    }

    /** The text coded as a note of that setting. */
    public static CodingResult code(String text, CareSetting setting) {
        return TestModels.pipeline().code(new Note(text, setting));
    }

    /** The text coded as an outpatient note. */
    public static CodingResult outpatient(String text) {
        return code(text, CareSetting.OUTPATIENT);
    }

    /** The text coded as an inpatient note. */
    public static CodingResult inpatient(String text) {
        return code(text, CareSetting.INPATIENT);
    }

    /** The text coded as an outpatient note, its evidence checked to slice it ({@link NoteAssert#codeChecked}). */
    public static CodingResult outpatientChecked(String text) {
        return NoteAssert.codeChecked(text, CareSetting.OUTPATIENT);
    }

    /** The text coded as an inpatient note, its evidence checked to slice it ({@link NoteAssert#codeChecked}). */
    public static CodingResult inpatientChecked(String text) {
        return NoteAssert.codeChecked(text, CareSetting.INPATIENT);
    }

    /** The codes suggested for the text as an outpatient note, in the order suggested. */
    public static List<String> outpatientCodes(String text) {
        return NoteAssert.codes(outpatient(text));
    }

    /**
     * The codes of the candidates the pipeline holds for the text as an outpatient note, in their order: what
     * Tabular resolution and the conventions made of its mentions, before suggestions are chosen.
     */
    public static List<String> outpatientCandidates(String text) {
        return TestModels.pipeline().run(new Note(text, CareSetting.OUTPATIENT)).candidates().stream()
                .map(CodeCandidate::code).toList();
    }

    /** The codes suggested for the text as an inpatient note, in the order suggested. */
    public static List<String> inpatientCodes(String text) {
        return NoteAssert.codes(inpatient(text));
    }

    /** The codes suggested for the text as an outpatient note, its evidence checked to slice it. */
    public static List<String> outpatientCheckedCodes(String text) {
        return NoteAssert.codes(outpatientChecked(text));
    }

    /** The codes suggested for the text as an inpatient note, its evidence checked to slice it. */
    public static List<String> inpatientCheckedCodes(String text) {
        return NoteAssert.codes(inpatientChecked(text));
    }
}
