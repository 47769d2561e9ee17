package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reason cue's look-ahead on the first letters of its words ({@code (?=[...])}) only lets the search pass over
 * other characters: the cue is found where, and as far as, the pattern without it finds it.
 */
class ReasonCueLookAheadTest {
    private static final Pattern LOOK_AHEAD = Pattern.compile("^\\(\\?=\\[[a-z]+\\]\\)");

    @Test
    void everyReasonCueFindsWhatItsPatternWithoutTheLookAheadFinds() {
        List<Pattern> cues = PrincipalDiagnosisChoice.read(RuleFiles.bundled(PrincipalDiagnosisChoice.FILE), PrincipalDiagnosisChoice.FILE).stream().filter(r -> r.kind() == PrincipalRule.Kind.REASON_CUE)
                .map(PrincipalRule::pattern).toList();
        assertTrue(cues.size() >= 2);
        List<String> pieces = List.of("Referred", "presents", "came", "here", "seen", "admitted", "brought in", "Performed",
                "done", "ordered", " ", "for", "with", "due to", "because of", ".", ";", "pain", "x", "s", "r");
        SplittableRandom random = new SplittableRandom(3);
        for (Pattern cue : cues) {
            Pattern plain = Pattern.compile(LOOK_AHEAD.matcher(cue.pattern()).replaceFirst(""), cue.flags());
            for (int n = 0; n < 30_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(10); i > 0; i--) {
                    text.append(pieces.get(random.nextInt(pieces.size())));
                }
                Matcher a = plain.matcher(text);
                Matcher b = cue.matcher(text);
                boolean found = a.find();
                assertEquals(found, b.find(), text.toString());
                if (found) {
                    assertEquals(a.start() + "-" + a.end(), b.start() + "-" + b.end(), text.toString());
                }
            }
        }
    }
}
