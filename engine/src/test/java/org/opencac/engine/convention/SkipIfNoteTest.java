package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The emergency-care words that keep the injury encounter query away are found wherever they are written. */
class SkipIfNoteTest {
    /** The alternation as first written, without the look-ahead on its first letters. */
    private static final Pattern PLAIN = Pattern.compile("emergency|\\bED\\b|\\bER\\b|urgent care|trauma|triage",
            Pattern.CASE_INSENSITIVE);

    private static Pattern bundled() {
        return DocumentationQueryCheck.read(RuleFiles.bundled(DocumentationQueryCheck.FILE), DocumentationQueryCheck.FILE)
                .stream().filter(r -> r.id().equals("injury-encounter")).findFirst().orElseThrow().skipIfNote();
    }

    @Test
    void theLookAheadFindsWhatThePlainAlternationFinds() {
        Pattern skip = bundled();
        List<String> pieces = List.of("Seen in the ", "ED", "er", "Emergency", " ", "urgent care", "TRAUMA", "triaged",
                "bed", "her", ".", "\u00e9", "u", "t", "e", "d", "r", "x");
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertEquals(PLAIN.matcher(text).find(), skip.matcher(text).find(), text.toString());
        }
    }
}
