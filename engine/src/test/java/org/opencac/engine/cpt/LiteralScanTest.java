package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One pass over a text tells which literals it contains exactly as a search for each would. */
class LiteralScanTest {
    private static final List<String> LITERALS = List.of("ct", "x-ray", "a1c", "review of", "reviewed", "r", "é",
            "éa", "aé", "stable", "ta", "table", "  ", "x", "rays");

    private static boolean[] searched(String text) {
        boolean[] out = new boolean[LITERALS.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.contains(LITERALS.get(i));
        }
        return out;
    }

    @Test
    void findsWhatASearchForEachLiteralFinds() {
        LiteralScan scan = new LiteralScan(LITERALS);
        for (String text : List.of("", "c", "ct", "a chest x-ray was reviewed", "stable", "acute", "review ofa1c",
                "café au lait", "éa", "aé", "x-rays  and ct", "a table of values")) {
            assertArrayEquals(searched(text), scan.in(text), text);
        }
    }

    @Test
    void agreesWithASearchOnGeneratedText() {
        LiteralScan scan = new LiteralScan(LITERALS);
        String alphabet = "actrx-y1 éabslevi wof";
        Random random = new Random(14);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertArrayEquals(searched(text.toString()), scan.in(text.toString()), text.toString());
        }
    }

    @Test
    void theFirstPlaceOfAnyLiteralIsTheLeastOfTheirSearches() {
        LiteralScan scan = new LiteralScan(LITERALS);
        String alphabet = "actrx-y1 éabslevi wof";
        Random random = new Random(41);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            for (int from = 0; from <= text.length() + 1; from++) {
                int least = -1;
                for (String literal : LITERALS) {
                    int at = text.indexOf(literal, from);
                    if (at >= 0 && (least < 0 || at < least)) {
                        least = at;
                    }
                }
                assertEquals(least, scan.indexOfAny(text, from), text + " from " + from);
            }
        }
    }

    @Test
    void theFirstWholeWordOfEachLiteralIsWhereItsOwnSearchFindsIt() {
        LiteralScan scan = new LiteralScan(LITERALS);
        String alphabet = "actrx-y1 éabslevi wof2ǅ";
        Random random = new Random(77);
        for (int n = 0; n < 4_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(8) == 0) {
                b.append("\uD835\uDC00");   // a letter outside the BMP, read after a literal as one code point
            }
            String text = b.toString();
            int[] expected = LITERALS.stream().mapToInt(l -> WholeWord.indexIn(text, l)).toArray();
            assertArrayEquals(expected, scan.firstWholeWords(ScannedText.of(text)), text);
        }
    }

    @Test
    void thirdCharactersSharingTheirLowBitsAreStillToldApart() {
        // '!' and 'a' (and 'A') share their low six bits: the third-character check only lets the comparison decide
        List<String> literals = List.of("ab!x", "xyA", "xy");
        LiteralScan scan = new LiteralScan(literals);
        for (String text : List.of("abax", "ab!x", "xya", "xyA", "xy", "axy", "ab!", "zzab!xzz", "xyAb")) {
            boolean[] expected = new boolean[literals.size()];
            int least = -1;
            for (int i = 0; i < expected.length; i++) {
                expected[i] = text.contains(literals.get(i));
                int at = text.indexOf(literals.get(i));
                if (at >= 0 && (least < 0 || at < least)) {
                    least = at;
                }
            }
            assertArrayEquals(expected, scan.in(text), text);
            assertEquals(least, scan.indexOfAny(text, 0), text);
        }
    }
}
