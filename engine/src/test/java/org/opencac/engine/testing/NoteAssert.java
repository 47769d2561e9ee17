package org.opencac.engine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.suggest.Suggestion;

/** Shared assertions on coding results: codes present or absent, and evidence offsets that slice the note. */
public final class NoteAssert {
    private NoteAssert() {
    }

    public static List<String> codes(CodingResult r) {
        return r.suggestions().stream().map(Suggestion::code).toList();
    }

    public static Suggestion assertSuggested(CodingResult r, String code, int withinTop) {
        List<String> codes = codes(r);
        int i = codes.indexOf(code);
        if (i < 0 || i >= withinTop) {
            fail(code + " expected within the top " + withinTop + " suggestions, got " + codes);
        }
        return r.suggestions().get(i);
    }

    /** The first mention written as {@code text} (any case), or an assertion failure listing the mentions. */
    public static MentionOutcome mention(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + r.mentions()));
    }

    public static void assertNotSuggested(CodingResult r, String code) {
        assertTrue(!codes(r).contains(code), code + " must not be suggested, got " + codes(r));
    }

    /** Asserts that a suggested code starts with {@code prefix} (a category or a subcategory: "S71", "E05.0"). */
    public static void assertCodeStartingWith(CodingResult r, String prefix) {
        assertTrue(codes(r).stream().anyMatch(c -> c.startsWith(prefix)), prefix + " expected, got " + codes(r));
    }

    /** Asserts that no suggested code starts with any of {@code prefixes} (categories or blocks: "S06", "B99"). */
    public static void assertNoCodeStartingWith(CodingResult r, String... prefixes) {
        for (String prefix : prefixes) {
            assertTrue(codes(r).stream().noneMatch(c -> c.startsWith(prefix)),
                    "no " + prefix + " expected, got " + codes(r));
        }
    }

    /** The note coded by the shared test pipeline, its evidence checked to slice the note. */
    public static CodingResult codeChecked(String note, CareSetting setting) {
        CodingResult r = TestModels.pipeline().code(new Note(note, setting));
        assertEvidenceSlicesNote(r, note);
        return r;
    }

    /** Every evidence span of every suggestion slices exactly its text from the note. */
    public static void assertEvidenceSlicesNote(CodingResult r, String note) {
        for (Suggestion s : r.suggestions()) {
            assertTrue(!s.evidence().isEmpty(), s.code() + " has no evidence");
            for (EvidenceSpan e : s.evidence()) {
                assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= note.length(),
                        s.code() + " evidence out of range: " + e);
                assertEquals(note.substring(e.start(), e.end()), e.text(), s.code() + " evidence text");
            }
            assertTrue(!s.rationale().isEmpty(), s.code() + " has no rationale");
            assertTrue(s.billable(), s.code() + " is not billable");
        }
    }
}
