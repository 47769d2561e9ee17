package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/** The pieces the splitter cuts without the sentence model must come out as the model would cut them. */
class SentenceSplitterOneSentenceTest {
    private static final SentenceModel MODEL = load();
    private static final char[] END = SentenceSplitter.endChars(
            MODEL.getFactory().getEndOfSentenceScanner().getEOSCharacters());

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(SentenceSplitter.CTAKES_MODEL)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> PARTS = List.of("Pulse 80", "No acute distress.", "Is he in pain?!",
            "Dr. Smith saw him", "1.5 mg daily", "Afebrile today. Eating well.", "etc...", "Hello. .", ".", "..",
            "E. coli.", "Mr.", "vs.", "Stable.)", "BP 120/80", "Chest: clear", "Why?", "x!", "");
    private static final List<String> SPACES = List.of("", " ", "  \t", "\u00a0", "\r", " \u00a0 ");

    private static List<String> pieces() {
        List<String> out = new ArrayList<>();
        for (String part : PARTS) {
            for (String before : SPACES) {
                for (String after : SPACES) {
                    out.add(before + part + after);
                }
            }
        }
        return out;
    }

    @Test
    void aPieceWithSentenceEndsOnlyInItsFinalRunIsTheSingleSpanTheModelFinds() {
        SentenceDetectorME detector = new SentenceDetectorME(MODEL);
        int decided = 0;
        for (String piece : pieces()) {
            int[] whole = SentenceSplitter.oneSentence(piece, END);
            if (whole == null) {
                continue;
            }
            decided++;
            opennlp.tools.util.Span[] found = detector.sentPosDetect(piece);
            if (whole[0] == whole[1]) {
                assertEquals(0, found.length, "piece [" + piece + "]");
            } else {
                assertEquals(1, found.length, "piece [" + piece + "]");
                assertArrayEquals(new int[] {found[0].getStart(), found[0].getEnd()}, whole, "piece [" + piece + "]");
            }
        }
        assertEquals(13 * SPACES.size() * SPACES.size(), decided);   // six of the parts have an end before their last run
    }

    @Test
    void aPieceReadInPlaceInItsNoteIsDecidedAsThePieceAlone() {
        String before = "Seen today. \n";
        String after = "\n. Next visit.";
        for (String piece : pieces()) {
            String text = before + piece + after;
            int[] alone = SentenceSplitter.oneSentence(piece, END);
            int[] inPlace = SentenceSplitter.oneSentence(text, before.length(), before.length() + piece.length(), END);
            if (alone == null) {
                assertNull(inPlace, "piece [" + piece + "]");
            } else {
                assertArrayEquals(alone, inPlace, "piece [" + piece + "]");
            }
        }
    }

    @Test
    void aSentenceEndBeforeTheFinalRunLeavesTheDecisionToTheModel() {
        assertNull(SentenceSplitter.oneSentence("Afebrile today. Eating well.", END));
        assertNull(SentenceSplitter.oneSentence("1.5 mg daily", END));
        assertNull(SentenceSplitter.oneSentence("Hello. .", END));
        assertNull(SentenceSplitter.oneSentence("Stable.)", END));
        assertNotNull(SentenceSplitter.oneSentence("Is he in pain?!", END));
    }

    @Test
    void whiteSpaceAroundThePieceIsLeftOutNoBreakSpaceIncluded() {
        assertArrayEquals(new int[] {2, 10}, SentenceSplitter.oneSentence("\u00a0 Pulse 80 \r", END));
        assertArrayEquals(new int[] {3, 3}, SentenceSplitter.oneSentence(" \u00a0 ", END));
    }
}
