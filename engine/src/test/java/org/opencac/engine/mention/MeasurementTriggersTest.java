package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A rule's regex runs only on sentences holding one of its triggers, so every wording the regex reads must hold
 * one: else the measurement would be lost without a word.
 */
class MeasurementTriggersTest {
    private static final List<String> WORDINGS = List.of(
            "BMI of 31.5 today", "Body mass index: 27", "NIHSS score of 4 on arrival", "She is 32 weeks gestation.",
            "Now 28 wks pregnant", "at 35 weeks and 2 days gestational age", "19 Weeks IUP on scan",
            "Seen at 30W4D in clinic", "delivered at 39w0d", "Gestational age is 24 weeks", "EGA: 12 wks",
            "GA 36 weeks", "GW 20 weeks", "a 40% TBSA scald burn", "burns of 35% of the body surface");

    @Test
    void everyWordingARuleReadsHoldsOneOfItsTriggers() {
        List<MeasurementRule> rules = MeasurementFinder.standard(null).rules();
        int read = 0;
        for (String wording : WORDINGS) {
            String lower = wording.toLowerCase(Locale.ROOT);
            for (MeasurementRule rule : rules) {
                if (rule.pattern().matcher(wording).find()) {
                    read++;
                    assertTrue(rule.triggers().stream().anyMatch(lower::contains),
                            rule.id() + " reads \"" + wording + "\" but none of its triggers is in it");
                }
            }
        }
        assertTrue(read >= WORDINGS.size(), "every wording is read by a rule: " + read);
    }

    @Test
    void oneReadingOfASentenceFindsEachRulesTriggersAsSearchingThemOneByOne() {
        MeasurementFinder finder = MeasurementFinder.standard(null);
        List<MeasurementRule> rules = finder.rules();
        List<String> texts = new java.util.ArrayList<>(WORDINGS);
        texts.addAll(List.of("", "w", "0", "9w", "x/7", "/", "bm", "weekly bmi", "wk0w", "body mass inde"));
        java.util.Random random = new java.util.Random(14);
        String alphabet = "bmiwk0w9/7 ehnsodyaxz";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int len = random.nextInt(12), i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            boolean[] hit = finder.triggered(lower);
            for (int r = 0; r < rules.size(); r++) {
                assertEquals(MeasurementFinder.containsAny(lower, rules.get(r).triggers()), hit[r],
                        rules.get(r).id() + " in \"" + t + "\"");
            }
        }
    }
}
