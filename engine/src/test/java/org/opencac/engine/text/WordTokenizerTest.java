package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written scanner cuts text exactly where the tokenizer's regex does. */
class WordTokenizerTest {
    private final WordTokenizer tokenizer = new WordTokenizer();

    private List<String> scanned(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        tokenizer.tokenize(text, start, end, 0, out);
        return out.stream().map(t -> t.span().start() + "-" + t.span().end() + ":" + t.text()).toList();
    }

    private static List<String> byRegex(String text, int start, int end) {
        List<String> out = new ArrayList<>();
        Matcher m = WordTokenizer.regexMatcher(text).region(start, end);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    @Test
    void wordsKeepApostrophesAndNumbersKeepDecimalPoints() {
        assertEquals(List.of("0-9:patient's", "10-13:had", "14-17:3.5", "18-20:cm", "20-21:,", "22-29:1,000mg",
                        "30-31:-", "32-37:don't"),
                scanned("patient's had 3.5 cm, 1,000mg - don't", 0, 37));
    }

    @Test
    void aNumberGluedToTheEndOfALowerCaseWordIsItsOwnToken() {
        assertEquals(List.of("0-6:asthma", "6-7:2", "8-16:Fibrosis", "16-18:12", "18-19:,", "20-21:3"),
                scanned("asthma2 Fibrosis12, 3", 0, 21));
    }

    @Test
    void aNameWithACapitalOrADigitInsideOrAShortStemKeepsItsNumber() {
        assertEquals(List.of("0-4:SpO2", "5-10:beta2", "11-16:hba1c", "17-22:NPHS2"),
                scanned("SpO2 beta2 hba1c NPHS2", 0, 22));
    }

    @Test
    void theLetterAAfterATypeWordKeepsItsNormAndTheArticleHasNone() {
        List<Token> out = new ArrayList<>();
        tokenizer.tokenize("A patient with hepatitis A and a rash", 0, 37, 0, out);
        assertEquals(List.of("", "patient", "with", "hepatitis", "a", "", "", "rash"),
                out.stream().map(Token::norm).toList());
    }

    @Test
    void scannerMatchesTheRegexOnTrickyText() {
        String[] texts = {
            "BP 120/80, HR 72. T 98.6F. Na+ 140; K 4.0 (low-normal). 3.5.2 1.. 2,,3 4,a",
            "O\u2019Brien's l'\u00e9t\u00e9 caf\u00e9 na\u00efve \u00bd \u2167 x\u00b2 \u0661\u0662 co-morbid",
            "tab\there\nnew\rline\u000bvt\u000cff\u00a0nbsp \u2003emsp end'",
            "emoji \ud83d\ude00 pair \ud835\udc00bold lone \ud800 x \udc00 y",
            "abc' 12'' 'quoted' 5'7\" 3rd 2nd x12y3 a1.5",
            "gout3 Edema12, SatO2 beta2 cirrhosis4b caf\u00e9s1 alpha1' anemia\u0661",
        };
        for (String t : texts) {
            assertEquals(byRegex(t, 0, t.length()), scanned(t, 0, t.length()), t);
            for (int s = 0; s < t.length(); s += 3) {
                for (int e = s; e <= t.length(); e += 5) {
                    assertEquals(byRegex(t, s, e), scanned(t, s, e), t + " [" + s + "," + e + ")");
                }
            }
        }
    }

    @Test
    void scannerMatchesTheRegexOnRandomText() {
        String alphabet = "aZ\u00e90 9.,'\u2019-/\t\n\u00a0\u00bd\u0661\u2167\ud83d\ude00\ud800\udc00_(:";
        Random random = new Random(42);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = b.toString();
            int s = t.isEmpty() ? 0 : random.nextInt(t.length());
            int e = s + (t.length() == s ? 0 : random.nextInt(t.length() - s + 1));
            assertEquals(byRegex(t, s, e), scanned(t, s, e), t);
        }
    }

    @Test
    void numberCharactersAreDigitsLetterNumbersAndOtherNumbers() {
        assertTrue(WordTokenizer.isNumber('7'));
        assertTrue(WordTokenizer.isNumber('\u2163'));
        assertTrue(WordTokenizer.isNumber('\u00bd'));
        assertFalse(WordTokenizer.isNumber('x'));
    }
}
