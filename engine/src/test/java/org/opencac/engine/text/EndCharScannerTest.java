package org.opencac.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/** The table scanner finds the possible sentence ends OpenNLP's own scanner finds, for the model's ends and others. */
class EndCharScannerTest {
    private static final List<String> TEXTS = List.of("", "no end here", "Pt. seen; BP 120/80! Ok? Yes.",
            "...", "a.b!c?d", "caf\u00e9. na\u00efve\u3002 end\uff01 \ud83d\ude00.", "\u00b7x:y;z");

    @Test
    void findsTheModelsOwnScannersPositions() throws Exception {
        SentenceModel loaded;
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(SentenceSplitter.CTAKES_MODEL)) {
            loaded = new SentenceModel(in);
        }
        EndOfSentenceScanner own = loaded.getFactory().getEndOfSentenceScanner();
        EndOfSentenceScanner table = RememberedSentenceModel.of(loaded).getFactory().getEndOfSentenceScanner();
        assertNotSame(own.getClass(), table.getClass());
        assertEquals(own.getEOSCharacters(), table.getEOSCharacters());
        for (String t : TEXTS) {
            assertEquals(own.getPositions(t), table.getPositions(t), t);
            assertEquals(own.getPositions(t.toCharArray()), table.getPositions(t.toCharArray()), t);
            assertEquals(own.getPositions(new StringBuilder(t)), table.getPositions(new StringBuilder(t)), t);
        }
    }

    @Test
    void endsBeyondAsciiAreFoundToo() {
        char[] ends = {'.', '\u3002', '\uff01', ';'};
        DefaultEndOfSentenceScanner own = new DefaultEndOfSentenceScanner(ends);
        EndCharScanner table = new EndCharScanner(Set.of('.', '\u3002', '\uff01', ';'));
        for (String t : TEXTS) {
            assertEquals(own.getPositions(t), table.getPositions(t), t);
        }
    }
}
