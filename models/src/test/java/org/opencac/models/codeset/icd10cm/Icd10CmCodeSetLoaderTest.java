package org.opencac.models.codeset.icd10cm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;

class Icd10CmCodeSetLoaderTest {
    private static CodeSet codes;

    @BeforeAll
    static void load() {
        codes = Icd10CmCodeSetLoader.loadBundled();
    }

    @Test
    void orderFileIsTheAuthoritativeCodeListWithItsPublishedCounts() {
        assertEquals("ICD-10-CM FY2026", codes.version().label());
        assertEquals(98_186, codes.report().codes());
        assertEquals(74_719, codes.report().billable());
        assertEquals(codes.report().codes(), codes.report().codesWithNotesSource()
                + codes.report().codesInheritingNotes() + codes.report().codesWithoutAncestor());
    }

    @Test
    void billableFlagAndTitleComeFromTheOrderFile() {
        Code e1122 = codes.get("E11.22").orElseThrow();
        assertTrue(e1122.billable());
        assertEquals("Type 2 diabetes mellitus with diabetic chronic kidney disease", e1122.title());
        assertFalse(codes.get("E11").orElseThrow().billable());
        assertEquals("E11.2", e1122.parent());
        assertEquals("4", e1122.chapter());
        assertEquals("E08-E13", e1122.blockId());
    }

    @Test
    void codesAreFoundWithOrWithoutTheirDot() {
        assertEquals("E11.22", codes.get("e1122").orElseThrow().code());
        assertTrue(codes.get("Q99.999").isEmpty());
    }

    @Test
    void notesAreInheritedFromAncestorsBlockAndChapter() {
        List<InstructionalNote> useAdditional = codes.effectiveNotes("E11.22", NoteType.USE_ADDITIONAL_CODE);
        assertTrue(useAdditional.stream().anyMatch(n -> n.refersTo("N18.32")), "stage of CKD, written at E11.22");
        assertTrue(useAdditional.stream().anyMatch(n -> n.refersTo("Z79.4")), "insulin use, written at E11");
        assertTrue(codes.effectiveNotes("E11.22", NoteType.EXCLUDES1).stream().anyMatch(n -> n.refersTo("E10.9")));
    }

    @Test
    void codeAddedAfterTheNotesSourceInheritsItsCategoryNotes() {
        // E11.A (type 2 diabetes in remission) is newer than the FY2021 Tabular; E11's notes apply to it.
        assertTrue(codes.get("E11.A").isPresent());
        assertTrue(codes.get("E11.A").orElseThrow().notes().isEmpty());
        assertTrue(codes.effectiveNotes("E11.A", NoteType.EXCLUDES1).stream().anyMatch(n -> n.refersTo("E10.9")));
    }

    @Test
    void seventhCharactersApplyToTheCodesUnderTheirDefinition() {
        Code fracture = codes.get("S52.521A").orElseThrow();
        assertTrue(fracture.seventhCharacters().stream().anyMatch(s -> s.value() == 'A'
                && s.meaning().startsWith("initial encounter")));
    }

    @Test
    void billableDescendantsOfAHeaderAreItsReportableCodes() {
        List<Code> kids = codes.billableDescendants("I50");
        assertTrue(kids.stream().allMatch(Code::billable));
        assertTrue(kids.stream().anyMatch(c -> c.code().equals("I50.9")));
        assertTrue(kids.stream().noneMatch(c -> c.code().equals("I50.2")));
    }

    @Test
    void aNoteTheCurrentGuidelinesContradictIsDropped() {
        // Guidelines I.C.4.a.3 (FY2026): insulin and oral hypoglycemics are both coded; FY2021 had an Excludes1.
        assertTrue(codes.effectiveNotes("Z79.4", NoteType.EXCLUDES1).stream().noneMatch(n -> n.refersTo("Z79.84")));
    }
}
