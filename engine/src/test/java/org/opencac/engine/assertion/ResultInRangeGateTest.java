package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normal-result reading passes over the text after a mention when it holds no digit before its first bracket
 * ({@link ResultInRange#mayHoldResult}): the gate must be open for every text the result pattern finds a result
 * in, so that the reading's answers do not change (texts generated from the pieces a result and its range are
 * written with, team-written).
 */
class ResultInRangeGateTest {
    private static final String[] PIECES = {
        " ", "  ", ":", "=", "level", "was", "igg", "IgM", "14", "9.5", "150", "0", "units", "mg/dL", "%", "\u00b5g",
        "(", ")", "normal", "Normal", "reference range", "<", "<=", ">", "less than", "above", "-", "to", "\u2013",
        "on the left", "right side", "bilaterally", "and", ",", ".", "which", "\u0130", "x"
    };

    @Test
    void everyTextWithAResultPassesTheGate() {
        ResultInRange reading = ResultInRange.standard();
        Random random = new Random(20261207);
        int found = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String text = random.nextInt(4) == 0 ? " 14 mg/dL (normal <20) " + b : b.toString();
            if (reading.findsResult(text)) {
                found++;
                assertTrue(ResultInRange.mayHoldResult(text, 0, text.length()), text);
            }
        }
        assertTrue(found > 1_000, "results generated: " + found);
    }

    @Test
    void textWithNoDigitBeforeItsFirstBracketIsPassedOver() {
        assertFalse(ResultInRange.mayHoldResult("was noted (normal <20) today 14", 0, 31));
        assertFalse(ResultInRange.mayHoldResult("level 14 mg/dL", 0, 14));
        assertTrue(ResultInRange.mayHoldResult("level 14 mg/dL (normal <20)", 0, 27));
    }
}
