package org.opencac.models.codeset.hcpcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HcpcsFileLoaderTest {
    private static final HcpcsCodeSet CODES = HcpcsFileLoader.loadBundled();

    @Test
    void readsEveryLevelTwoCodeOfTheFileAndReportsItsYear() {
        assertEquals(6440, CODES.size());
        assertEquals("HCPCS Level II 2019", CODES.version().label());
    }

    @Test
    void joinsLongDescriptionsThatContinueOverRecords() {
        assertEquals("Blood glucose test or reagent strips for home blood glucose monitor, per 50 strips",
                CODES.code("A4253").orElseThrow().longDescription());
    }

    @Test
    void readsTheDrugBillingUnitFromTheDescriptor() {
        DrugUnit ceftriaxone = CODES.code("J0696").orElseThrow().drugUnit().orElseThrow();
        assertEquals("ceftriaxone", ceftriaxone.drug());
        assertEquals(250.0, ceftriaxone.amount());
        assertEquals("mg", ceftriaxone.unit());
        assertEquals(10.0, CODES.code("J2270").orElseThrow().drugUnit().orElseThrow().amount(), "up to 10 mg");
        assertEquals(1000.0, CODES.code("J3420").orElseThrow().drugUnit().orElseThrow().amount(), "up to 1000 mcg");
        assertEquals("mcg", CODES.code("J3420").orElseThrow().drugUnit().orElseThrow().unit());
        assertTrue(CODES.code("E0114").orElseThrow().drugUnit().isEmpty(), "crutches are not a drug");
    }

    @Test
    void theSetGivesEachCodeTheUnitItsDescriptorReads() {
        for (HcpcsCode c : CODES.all()) {
            assertEquals(c.drugUnit(), CODES.drugUnit(c), c.code());
        }
        HcpcsCode ownCopy = new HcpcsCode("J0696", "Injection, ceftriaxone sodium, per 500 mg", "Ceftriaxone", false);
        assertEquals(500.0, CODES.drugUnit(ownCopy).orElseThrow().amount(), "a code not of the set is read as it is");
        HcpcsCodeSet listedTwice = new HcpcsCodeSet(CODES.version(), java.util.List.of(
                new HcpcsCode("J9999", "Injection, examplomab, per 5 mg", "Examplomab", false),
                new HcpcsCode("J9999", "Examplomab kit", "Examplomab kit", false)));
        assertTrue(listedTwice.drugUnit(listedTwice.code("J9999").orElseThrow()).isEmpty(),
                "the unit of the code kept, not of the one it replaced");
    }

    @Test
    void takesFieldPositionsFromTheLayoutFile() throws Exception {
        String layout = String.join("\n",
                "  1.   Healthcare Common Procedure Coding System Code",
                "                                 5      3      7    CHAR",
                "  6.   HCPCS Record Identification Code",
                "                                 1      1      1    CHAR",
                "  7.   HCPCS Long Description",
                "                                80      8     87    CHAR",
                "  8.   HCPCS Short Description",
                "                                28     88    115    CHAR",
                "  28.  HCPCS Action Effective Date",
                "                                 8    116    123    NUM",
                "  29.  HCPCS Termination Date",
                "                                 8    124    131    NUM");
        String rec = "3 Z9999" + String.format("%-80s", "Injection, madeupcillin, per 5 mg") + String.format("%-28s", "Madeupcillin")
                + "20270101" + "        ";
        HcpcsCodeSet set = HcpcsFileLoader.read(HcpcsRecordLayout.parse(new ByteArrayInputStream(layout.getBytes(StandardCharsets.UTF_8))),
                new ByteArrayInputStream(rec.getBytes(StandardCharsets.ISO_8859_1)), "test");
        assertEquals("HCPCS Level II 2027", set.version().label());
        assertEquals(5.0, set.drugCodes("madeupcillin").get(0).drugUnit().orElseThrow().amount());
    }

    @Test
    void aFileWithoutCodeRecordsFailsClearly() throws Exception {
        HcpcsRecordLayout layout = HcpcsRecordLayout.parse(getClass().getResourceAsStream("/org/opencac/models/data/hcpcs/layout-only.txt") == null
                ? new ByteArrayInputStream(("  1.   Healthcare Common Procedure Coding System Code\n 5 1 5 CHAR\n"
                + "  6.   HCPCS Record Identification Code\n 1 11 11 CHAR\n  7.   HCPCS Long Description\n 80 12 91 CHAR\n"
                + "  8.   HCPCS Short Description\n 28 92 119 CHAR\n  28.  HCPCS Action Effective Date\n 8 277 284 NUM\n"
                + "  29.  HCPCS Termination Date\n 8 285 292 NUM\n").getBytes(StandardCharsets.UTF_8))
                : null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HcpcsFileLoader.read(layout,
                new ByteArrayInputStream("not a HCPCS file".getBytes(StandardCharsets.UTF_8)), "bad.txt"));
        assertTrue(e.getMessage().contains("bad.txt"));
    }

    @Test
    void theHandWrittenChecksAnswerAsTheRegularExpressionsTheyReplace() {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("[A-Z]\\d{4}");
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        java.util.Random random = new java.util.Random(14);
        String alphabet = "AZaz09 \t\n\r\f\u000B\u00a0\u2003-.";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(code.matcher(t).matches(), HcpcsFileLoader.isCode(t), t);
            assertEquals(spaces.matcher(t).replaceAll(" "), HcpcsFileLoader.oneSpaced(new StringBuilder(t)), t);
        }
        assertTrue(HcpcsFileLoader.isCode("E0100"));
        assertTrue(!HcpcsFileLoader.isCode("E010") && !HcpcsFileLoader.isCode("e0100") && !HcpcsFileLoader.isCode("E01O0"));
    }
}
