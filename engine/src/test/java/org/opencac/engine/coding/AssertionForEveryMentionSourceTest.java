package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/**
 * Negation, experiencer and temporality apply to a mention whatever found it: the lexicon, an
 * abbreviation, a "h/o X" term, the injury search or a measured value.
 */
class AssertionForEveryMentionSourceTest {

    private static void assertNoCodeStarting(CodingResult r, String prefix) {
        assertTrue(NoteAssert.codes(r).stream().noneMatch(c -> c.startsWith(prefix)),
                "no " + prefix + " code expected: " + NoteAssert.codes(r));
    }

    @Test
    void injuryOfARelativeIsNotThePatients() {
        assertNoCodeStarting(outpatientChecked("Father had a fracture of the left femur."), "S72");
    }

    @Test
    void pastInjuryIsAPersonalHistory() {
        CodingResult r = outpatientChecked("History of fracture of the left femur.");
        assertNoCodeStarting(r, "S72");
        NoteAssert.assertSuggested(r, "Z87.81", 5);
    }

    @Test
    void deniedInjuryIsNotCoded() {
        assertNoCodeStarting(outpatientChecked("No fracture of the left femur."), "S72");
    }

    @Test
    void injuryMentionDoesNotSwallowTheWordsBeforeIt() {
        CodingResult r = outpatientChecked("Fracture of the left femur.");
        assertTrue(r.mentions().stream().filter(m -> m.candidateCodes().stream().anyMatch(c -> c.startsWith("S72")))
                .allMatch(m -> m.text().toLowerCase(java.util.Locale.ROOT).startsWith("fracture")));
        CodingResult family = outpatientChecked("Father had a fracture of the left femur.");
        assertTrue(family.mentions().stream().filter(m -> m.candidateCodes().stream().anyMatch(c -> c.startsWith("S72")))
                .allMatch(m -> m.experiencer().equals("family")), family.mentions().toString());
    }

    @Test
    void measuredValueOfARelativeIsNotThePatients() {
        assertNoCodeStarting(outpatientChecked("Mother had a BMI of 45."), "Z68");
    }

    @Test
    void abbreviationSaidOfARelativeIsFamilyHistory() {
        CodingResult r = outpatientChecked("Her brother has HTN.");
        NoteAssert.assertSuggested(r, "Z82.49", 5);
        NoteAssert.assertNotSuggested(r, "I10");
    }

    /** The sources of the terms of the mentions whose text is {@code text} (to show which source a test exercises). */
    private static java.util.Set<org.opencac.models.lexicon.TermSource> sourcesOf(String note, String text) {
        org.opencac.engine.Document doc = TestModels.pipeline().run(new Note(note, CareSetting.OUTPATIENT));
        java.util.Set<org.opencac.models.lexicon.TermSource> out = java.util.EnumSet.noneOf(org.opencac.models.lexicon.TermSource.class);
        doc.mentions().stream().filter(m -> m.text().equalsIgnoreCase(text))
                .forEach(m -> m.candidateTerms().forEach(t -> out.add(t.source())));
        return out;
    }

    private static boolean fromIndex(java.util.Set<org.opencac.models.lexicon.TermSource> sources) {
        return sources.contains(org.opencac.models.lexicon.TermSource.ALPHABETIC_INDEX)
                || sources.contains(org.opencac.models.lexicon.TermSource.ALPHABETIC_INDEX_REFINEMENT);
    }

    @Test
    void lexiconTermOfARelativeIsFamilyHistory() {
        String note = "Her brother has type 2 diabetes.";
        assertTrue(sourcesOf(note, "type 2 diabetes").stream().noneMatch(s -> s.name().startsWith("ALPHABETIC")));
        CodingResult r = outpatientChecked(note);
        NoteAssert.assertSuggested(r, "Z83.3", 5);
        assertNoCodeStarting(r, "E11");
    }

    @Test
    void pastLexiconConditionIsAPersonalHistory() {
        CodingResult r = outpatientChecked("History of pneumonia, resolved.");
        assertNoCodeStarting(r, "J18");
        NoteAssert.assertSuggested(r, "Z87.01", 5);
    }

    @Test
    void historyAbbreviationPatternSaidOfARelativeIsFamilyHistory() {
        // "h/o stroke" reads as "history of stroke" (Z86.73, the patient's history): said of the mother it is hers
        CodingResult r = outpatientChecked("Mother has h/o stroke.");
        assertTrue(r.mentions().stream().anyMatch(m -> m.text().toLowerCase(java.util.Locale.ROOT).startsWith("h/o")
                && m.experiencer().equals("family")), r.mentions().toString());
        NoteAssert.assertNotSuggested(r, "Z86.73");
        NoteAssert.assertSuggested(r, "Z82.3", 5);
        NoteAssert.assertSuggested(outpatientChecked("Patient has h/o stroke."), "Z86.73", 5);
    }

    @Test
    void historyAbbreviationPatternDeniedIsNotCoded() {
        assertNoCodeStarting(outpatientChecked("No h/o stroke."), "Z86.73");
    }

    @Test
    void indexNavigationMentionOfARelativeIsFamilyHistory() {
        String note = "Father had carcinoma of the sigmoid colon.";
        assertTrue(fromIndex(sourcesOf(note, "carcinoma of the sigmoid colon")), "the Index path gives the site");
        CodingResult r = outpatientChecked(note);
        assertNoCodeStarting(r, "C18");
        NoteAssert.assertSuggested(r, "Z80.0", 5);
    }

    @Test
    void pastIndexNavigationConditionIsAPersonalHistory() {
        String note = "History of carcinoma of the sigmoid colon, resected in 2010.";
        assertTrue(fromIndex(sourcesOf(note, "carcinoma of the sigmoid colon")));
        CodingResult r = outpatientChecked(note);
        assertNoCodeStarting(r, "C18");
        NoteAssert.assertSuggested(r, "Z85.038", 5);
    }

    @Test
    void deniedIndexNavigationConditionIsNotCoded() {
        assertNoCodeStarting(outpatientChecked("No carcinoma of the sigmoid colon was found."), "C18");
    }

    @Test
    void pastAbbreviationIsAPersonalHistory() {
        CodingResult r = outpatientChecked("Remote history of DVT, treated in 2015.");
        assertNoCodeStarting(r, "I82");
        NoteAssert.assertSuggested(r, "Z86.718", 5);
    }

    @Test
    void aTermNamingAFamilyHistoryReportsTheRelativesCondition() {
        CodingResult r = outpatientChecked("Family history of colon cancer.");
        NoteAssert.assertSuggested(r, "Z80.0", 5);
        var mention = NoteAssert.mention(r, "Family history of colon cancer");
        assertEquals("family", mention.experiencer());
        assertEquals("family_history", mention.reason());
        assertEquals(List.of("Z80.0"), mention.codes());
    }

    @Test
    void aTermNamingAPersonalHistoryReportsAPastCondition() {
        CodingResult r = outpatientChecked("History of MRSA infection.");
        NoteAssert.assertSuggested(r, "Z86.14", 5);
        var mention = NoteAssert.mention(r, "History of MRSA infection");
        assertEquals("historical", mention.assertion());
        assertEquals("patient", mention.experiencer());
        assertEquals("personal_history", mention.reason());
    }

    @Test
    void aNegatedTermNamingAFamilyHistoryStaysTheRelatives() {
        CodingResult r = outpatientChecked("There is no family history of colon cancer.");
        assertNoCodeStarting(r, "Z80");
        var mention = NoteAssert.mention(r, "family history of colon cancer");
        assertEquals("negated", mention.assertion());
        assertEquals("family", mention.experiencer());
        assertEquals("negated", mention.reason());
    }
}
