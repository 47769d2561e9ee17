package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.codeset.CodeSet;

/** The bundled encounter rules are read once for a code set and shared by the stages that use them. */
class EncounterRulesTest {

    @Test
    void theStagesOfOneCodeSetShareOneReadingOfTheRules() throws Exception {
        CodeSet codeSet = TestModels.models().codeSet();
        EncounterRules.RuleSet first = EncounterRules.standard(codeSet);
        assertSame(first, EncounterRules.standard(codeSet));
        EncounterRules.RuleSet fresh;
        try (InputStream in = EncounterRules.class.getResourceAsStream(EncounterRules.RESOURCE)) {
            fresh = EncounterRules.read(in.readAllBytes(), EncounterRules.RESOURCE, codeSet);
        }
        assertEquals(ids(fresh), ids(first));
        assertEquals(fresh.procedureReportHeaders(), first.procedureReportHeaders());
        assertEquals(fresh.lead().pattern().pattern(), first.lead().pattern().pattern());
    }

    private static List<String> ids(EncounterRules.RuleSet rules) {
        return rules.rules().stream().map(r -> r.id() + " " + r.code() + " "
                + (r.pattern() == null ? "" : r.pattern().pattern().pattern())).toList();
    }
}
