package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.section.SectionType;

class SectionGateTest {
    private static final SectionGate GATE = SectionGate.standard();

    @Test
    void longTermDrugTherapyIsCodedOnlyFromTheMedicationListOrThePlan() {
        assertTrue(GATE.allows("Z79.4", SectionType.MEDICATIONS));
        assertTrue(GATE.allows("Z79.4", SectionType.ASSESSMENT_PLAN));
        assertFalse(GATE.allows("Z79.4", SectionType.HISTORY_PRESENT_ILLNESS));
        assertFalse(GATE.allows("Z79.4", SectionType.HOSPITAL_COURSE));
    }

    @Test
    void longTermDrugTherapyIsCodedFromANarrativeSentenceThatSaysTheTherapyIsLongTerm() {
        assertTrue(GATE.allows("Z79.01", SectionType.UNKNOWN, "chronic"::equals));
        assertTrue(GATE.allows("Z79.01", SectionType.HISTORY_PRESENT_ILLNESS, "maintenance"::equals));
        assertFalse(GATE.allows("Z79.01", SectionType.UNKNOWN, "started"::equals));
    }

    @Test
    void aDrugStartedOrWeighedAtThisEncounterIsNotLongTermTherapy() {
        assertFalse(GATE.allows("Z79.01", SectionType.ASSESSMENT_PLAN, w -> false, "start"::equals));
        assertFalse(GATE.allows("Z79.84", SectionType.MEDICATIONS, w -> false, "recommend"::equals));
        assertFalse(GATE.allows("Z79.4", SectionType.ASSESSMENT_PLAN, w -> false, "initiated"::equals));
        assertTrue(GATE.allows("Z79.01", SectionType.ASSESSMENT_PLAN, w -> false, "started"::equals),
                "a therapy started earlier has gone on since");
        assertTrue(GATE.allows("Z79.01", SectionType.ASSESSMENT_PLAN, w -> false, "continue"::equals));
    }

    @Test
    void wordsAgainstAreReadFromTheFourthColumn() {
        SectionGate gate = SectionGate.parse(List.of("Z79\tmedications\tchronic\tstart,begin"), "test.tsv");
        assertFalse(gate.allows("Z79.4", SectionType.MEDICATIONS, w -> false, "begin"::equals));
        assertTrue(gate.allows("Z79.4", SectionType.MEDICATIONS, w -> false, "stop"::equals));
    }

    @Test
    void aCueOfSeveralWordsIsReadWholeAndACueOfTheMentionAloneFailsAtLoad() {
        SectionGate gate = SectionGate.parse(List.of("Z79\tmedications\tunder treatment,under _"), "test.tsv");
        assertTrue(gate.allows("Z79.01", SectionType.UNKNOWN, "under treatment"::equals));
        assertFalse(gate.allows("Z79.01", SectionType.UNKNOWN, "under"::equals));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SectionGate.parse(List.of("Z79\tmedications\t_"), "test.tsv"));
        assertTrue(e.getMessage().contains("test.tsv"), e.getMessage());
    }

    @Test
    void aCueOfSeveralWordsIsGivenSplitWithThePlaceOfTheMention() {
        SectionGate gate = SectionGate.parse(List.of("Z79\tmedications\tunder treatment,under _"), "test.tsv");
        assertTrue(gate.allowsByCue("Z79.01", SectionType.UNKNOWN,
                c -> c.words().equals(List.of("under", "_")) && c.mention() == 1, w -> false));
        assertTrue(gate.allowsByCue("Z79.01", SectionType.UNKNOWN,
                c -> c.words().equals(List.of("under", "treatment")) && c.mention() == -1, w -> false));
        assertFalse(gate.allowsByCue("Z79.01", SectionType.UNKNOWN, c -> c.words().size() == 1, w -> false));
    }

    @Test
    void aCodeNoRuleNamesIsAllowedInEverySection() {
        for (SectionType t : SectionType.values()) {
            assertTrue(GATE.allows("E11.9", t));
        }
    }

    @Test
    void aSectionTheFileNamesThatIsNotASectionTypeFailsAtLoad() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SectionGate.parse(List.of("Z79\tmedications,med_list"), "test.tsv"));
        assertTrue(e.getMessage().contains("med_list"), e.getMessage());
    }

    @Test
    void theFirstMatchingPrefixInFileOrderDecides() {
        SectionGate gate = SectionGate.parse(List.of("Z79.4\tmedications", "Z79\tassessment_plan"), "test.tsv");
        assertTrue(gate.allows("Z79.4", SectionType.MEDICATIONS));
        assertFalse(gate.allows("Z79.4", SectionType.ASSESSMENT_PLAN));
        assertTrue(gate.allows("Z79.01", SectionType.ASSESSMENT_PLAN));
    }
}
