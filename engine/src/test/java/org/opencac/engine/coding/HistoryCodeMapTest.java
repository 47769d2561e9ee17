package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.io.Resources;

class HistoryCodeMapTest {
    private static final HistoryCodeMap MAP = HistoryCodeMap.standard();

    @Test
    void familyConditionsMapToFamilyHistoryCodes() {
        assertEquals(Optional.of("Z80.3"), MAP.familyHistoryCode("C50.911"));
        assertEquals(Optional.of("Z80.0"), MAP.familyHistoryCode("C18.9"));
        assertEquals(Optional.of("Z80.42"), MAP.familyHistoryCode("C61"));
        assertEquals(Optional.of("Z82.49"), MAP.familyHistoryCode("I25.10"));
        assertEquals(Optional.of("Z82.3"), MAP.familyHistoryCode("I63.9"));
        assertEquals(Optional.of("Z83.3"), MAP.familyHistoryCode("E11.9"));
        assertEquals(Optional.of("Z81.8"), MAP.familyHistoryCode("F32.A"));
        assertEquals(Optional.of("Z82.71"), MAP.familyHistoryCode("Q61.3"));
        assertEquals(Optional.of("Z82.79"), MAP.familyHistoryCode("Q90.9"));
    }

    @Test
    void aPastConditionsBillableHistoryCodeComesFromTheCodeSetAndAConditionWithoutOneHasNone() {
        CodeSet codes = TestModels.models().codeSet();
        assertEquals(Optional.of("Z87.81"), MAP.billablePersonalHistoryCode("S72.001A", codes).map(Code::code));
        assertEquals(Optional.of("Z85.3"), MAP.billablePersonalHistoryCode("C50.911", codes).map(Code::code));
        assertEquals(Optional.empty(), MAP.billablePersonalHistoryCode("S93.401A", codes));
    }

    @Test
    void aRelativesAcuteRespiratoryInfectionIsNoFamilyHistory() {
        assertEquals(Optional.empty(), MAP.familyHistoryCode("J11.1"));
        assertEquals(Optional.empty(), MAP.familyHistoryCode("J18.9"));
        assertEquals(Optional.empty(), MAP.familyHistoryCode("J02.9"));
        // "a respiratory infection" (Infection, respiratory NEC J98.8) is such an infection of no stated kind
        assertEquals(Optional.empty(), MAP.familyHistoryCode("J98.8"));
        assertEquals(Optional.of("Z83.6"), MAP.familyHistoryCode("J98.4"));
        assertEquals(Optional.of("Z83.6"), MAP.familyHistoryCode("J30.9"));
        assertEquals(Optional.of("Z82.5"), MAP.familyHistoryCode("J45.909"));
        assertEquals(Optional.of("Z83.6"), MAP.familyHistoryCode("J84.10"));
    }

    @Test
    void aPastNormalDeliveryHasNoHistoryCodeWhileAPastComplicationOfPregnancyKeepsIts() {
        assertEquals(Optional.empty(), MAP.personalHistoryCode("O80"));
        assertEquals(Optional.of("Z87.59"), MAP.personalHistoryCode("O14.10"));
        assertEquals(Optional.of("Z87.51"), MAP.personalHistoryCode("O60.10"));
    }

    @Test
    void pastDehydrationHasNoPersonalHistoryCodeWhileOtherMetabolicDisordersKeepTheirs() {
        assertEquals(Optional.empty(), MAP.personalHistoryCode("E86.0"));
        assertEquals(Optional.of("Z86.39"), MAP.personalHistoryCode("E87.6"));
    }

    @Test
    void pastConditionsMapToPersonalHistoryCodes() {
        assertEquals(Optional.of("Z85.3"), MAP.personalHistoryCode("C50.911"));
        assertEquals(Optional.of("Z85.038"), MAP.personalHistoryCode("C18.7"));
        assertEquals(Optional.of("Z85.118"), MAP.personalHistoryCode("C34.90"));
        assertEquals(Optional.of("I25.2"), MAP.personalHistoryCode("I21.4"));
        assertEquals(Optional.of("Z86.73"), MAP.personalHistoryCode("I63.9"));
        assertEquals(Optional.of("Z86.718"), MAP.personalHistoryCode("I82.401"));
        assertEquals(Optional.of("Z87.440"), MAP.personalHistoryCode("N39.0"));
        assertEquals(Optional.of("Z87.448"), MAP.personalHistoryCode("N39.3"));
    }

    @Test
    void aPastPainHasNoHistoryCode() {
        assertEquals(Optional.empty(), MAP.personalHistoryCode("M79.604"));
        assertEquals(Optional.empty(), MAP.personalHistoryCode("M25.561"));
        assertEquals(Optional.empty(), MAP.personalHistoryCode("G89.29"));
        assertEquals(Optional.of("Z87.39"), MAP.personalHistoryCode("M17.11"));
    }

    @Test
    void aHerniaRepairedInThePastHasNoHistoryCode() {
        assertEquals(Optional.empty(), MAP.personalHistoryCode("K40.90"));
        assertEquals(Optional.empty(), MAP.personalHistoryCode("K42.9"));
        assertEquals(Optional.of("Z87.19"), MAP.personalHistoryCode("K57.30"));
    }

    @Test
    void longestPrefixWinsOverTheRangeAroundIt() {
        assertEquals(Optional.of("Z85.810"), MAP.personalHistoryCode("C02.1"));
        assertEquals(Optional.of("Z85.818"), MAP.personalHistoryCode("C10.9"));
        assertEquals(Optional.of("Z87.731"), MAP.personalHistoryCode("Q39.1"));
        assertEquals(Optional.of("Z87.738"), MAP.personalHistoryCode("Q39.0"));
    }

    @Test
    void conditionsWithoutHistoryCodeGiveNone() {
        assertEquals(Optional.empty(), MAP.personalHistoryCode("E11.9"));
        assertEquals(Optional.empty(), MAP.personalHistoryCode("R07.9"));
        assertEquals(Optional.empty(), MAP.familyHistoryCode("S72.001A"));
    }

    @Test
    void everyTargetIsBillableInFy2026() throws IOException {
        Set<String> billable = new HashSet<>();
        try (InputStream in = Resources.bundled("data/icd10cm/icd10cm_order_2026.txt.xz");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.length() > 14 && line.charAt(14) == '1') {
                    billable.add(line.substring(6, 13).trim());
                }
            }
        }
        for (String code : MAP.targetCodes()) {
            assertTrue(billable.contains(code.replace(".", "")), code + " is not billable");
        }
    }

    @Test
    void malformedRowFailsNamingFileAndLine() {
        String family = "from\tto\tnote\nC50\tZ80.3\tbreast\nC18-C21\tZ80.0\n";
        String personal = "from\tto\tnote\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HistoryCodeMap.read(
                stream(family), "fam.tsv", stream(personal), "per.tsv"));
        assertTrue(e.getMessage().contains("fam.tsv line 3"), e.getMessage());
    }

    @Test
    void targetThatIsNotAHistoryCodeIsRejected() {
        String personal = "from\tto\tnote\nC50\tC50.9\twrong target\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HistoryCodeMap.read(
                stream("from\tto\tnote\n"), "fam.tsv", stream(personal), "per.tsv"));
        assertTrue(e.getMessage().contains("per.tsv line 2"), e.getMessage());
    }

    @Test
    void partlyOverlappingRangesAreRejected() {
        String family = "C15-C26\tZ80.0\tx\nC20-C30\tZ80.8\ty\n";
        assertThrows(IllegalArgumentException.class, () -> HistoryCodeMap.read(
                stream(family), "fam.tsv", stream(""), "per.tsv"));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
