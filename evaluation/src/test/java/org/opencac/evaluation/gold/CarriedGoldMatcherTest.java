package org.opencac.evaluation.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.evaluation.PredictedCode;
import org.opencac.evaluation.Prediction;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

class CarriedGoldMatcherTest {
    private static Code code(String code, boolean billable, String parent) {
        return new Code(code, code, billable, parent, "", "", List.of(), List.of());
    }

    /** A small current release: R51 split into R51.0/R51.9, T14.90 needs a 7th character, W19 too. */
    private static final CodeSet CURRENT = new CodeSet(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"), List.of(
            code("I10", true, null),
            code("R51", false, null), code("R51.0", true, "R51"), code("R51.9", true, "R51"),
            code("T14", false, null), code("T14.9", false, "T14"), code("T14.90", false, "T14.9"),
            code("T14.90XA", true, "T14.90"), code("T14.90XD", true, "T14.90"),
            code("W19", false, null), code("W19.XXXA", true, "W19")), List.of(), null);

    private static final CarriedGoldMatcher MATCHER = new CarriedGoldMatcher(CURRENT,
            Map.of("R51", List.of("R51.0", "R51.9"), "T14.90", List.of("T14.90XA", "T14.90XD")));

    private static Prediction predict(String... codes) {
        return new Prediction("ICD-10-CM", "FY2026",
                java.util.Arrays.stream(codes).map(c -> new PredictedCode("ICD-10-CM", c, 1.0)).toList());
    }

    private static GoldNote note(String... gold) {
        return new GoldNote("n1", "text", "inpatient",
                java.util.Arrays.stream(gold).map(c -> new GoldCode("ICD-10-CM", c, List.of())).toList());
    }

    private static List<String> codes(Prediction p) {
        return p.codes().stream().map(PredictedCode::code).toList();
    }

    @Test
    void aCodeBillableTodayMatchesOnlyItself() {
        assertEquals(Set.of("I10"), MATCHER.matches("i10"));
    }

    @Test
    void aSplitCategoryMatchesItsSuccessorsInTheConversionTable() {
        assertEquals(Set.of("R51.0", "R51.9"), MATCHER.matches("r51"));
    }

    @Test
    void aCodePrintedWithoutItsSeventhCharacterMatchesItWithOne() {
        assertEquals(Set.of("W19.XXXA"), MATCHER.matches("w19.xxx"));
        assertEquals(Set.of("T14.90XA", "T14.90XD"), MATCHER.matches("T14.90"));
    }

    @Test
    void aSuggestionIsScoredAsTheOldGoldCodeAtItsOwnRankOnce() {
        Prediction aligned = MATCHER.align(note("R51", "I10"), predict("I10", "R51.9", "R51.0", "K21.9"));
        assertEquals(List.of("I10", "R51", "R51.0", "K21.9"), codes(aligned));
    }

    @Test
    void aNoteWhoseGoldIsAllCurrentIsLeftAsItIs() {
        Prediction p = predict("I10", "R51.9");
        assertSame(p, MATCHER.align(note("I10"), p));
    }
}
