package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** "I am suspecting (X)": the writer's progressive 'suspect' names a condition suspected, not one found. */
class SuspectingIsADoubtTest {
    @Test
    void aConditionTheWriterIsSuspectingIsUncertain() {
        CodingResult r = outpatient("PLAN: We are suspecting a septic arthritis of the right knee and will aspirate it.");
        assertTrue(r.mentions().stream().filter(m -> m.text().contains("arthritis"))
                .allMatch(m -> m.assertion().equals("uncertain")), r.mentions().toString());
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("M00")), r.suggestions().toString());
    }
}
