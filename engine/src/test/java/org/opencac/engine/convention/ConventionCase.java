package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/**
 * One convention case: a short note, the codes the guideline requires and the codes it forbids. The
 * name starts with the guideline section it checks (I.C.9.a.2 ...).
 *
 * @param name     guideline section and behaviour
 * @param setting  the encounter setting
 * @param note     the note text
 * @param expected codes that must be suggested
 * @param absent   codes that must not be suggested
 */
record ConventionCase(String name, CareSetting setting, String note, List<String> expected, List<String> absent) {

    static Arguments out(String name, String note, String expected, String absent) {
        return Arguments.of(new ConventionCase(name, CareSetting.OUTPATIENT, note, split(expected), split(absent)));
    }

    static Arguments in(String name, String note, String expected, String absent) {
        return Arguments.of(new ConventionCase(name, CareSetting.INPATIENT, note, split(expected), split(absent)));
    }

    private static List<String> split(String codes) {
        return codes.isBlank() ? List.of() : Arrays.asList(codes.trim().split("\\s+"));
    }

    /** Runs the full pipeline and checks exact codes. */
    CodingResult check() {
        CodingResult r = TestModels.pipeline().code(new Note(note, setting));
        for (String code : expected) {
            NoteAssert.assertSuggested(r, code, 50);
        }
        for (String code : absent) {
            NoteAssert.assertNotSuggested(r, code);
        }
        NoteAssert.assertEvidenceSlicesNote(r, note);
        assertTrue(r.suggestions().isEmpty() || r.suggestions().get(0).firstListed(), "first suggestion is first-listed");
        return r;
    }

    @Override
    public String toString() {
        return name;
    }
}
