package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentationQueryResemblanceTest {
    @Test
    void resemblanceIsTheShareOfWordsTwoTitlesHaveWithoutTheDroppedWords() {
        Set<String> drop = Set.of("stage", "2", "unspecified");
        Set<String> code = Set.of("pressure", "ulcer", "sacral", "region");
        // shared: pressure, ulcer; union: pressure, ulcer, sacral, region, heel
        assertEquals(2.0 / 5, DocumentationQueryCheck.resemblance(code,
                Set.of("pressure", "ulcer", "heel", "stage", "2", "unspecified"), drop));
        assertEquals(1.0, DocumentationQueryCheck.resemblance(code,
                Set.of("pressure", "ulcer", "sacral", "region", "stage"), drop));
        assertEquals(0.0, DocumentationQueryCheck.resemblance(Set.of(), Set.of("stage", "unspecified"), drop));
    }

    @Test
    void aTitleCarryingAnOptionPhraseHoldsEachOfItsWordsCaseAside() {
        List<String> titles = List.of("Chronic Systolic (congestive) heart failure",
                "Combined systolic (congestive) and diastolic (congestive) heart failure",
                "Pressure ulcer of LEFT heel, stage 2", "Non-ST elevation (NSTEMI) myocardial infarction",
                "Otitis media, right ear (recurrent)", "Fracture of shaft of right radius");
        List<String> options = List.of("systolic", "combined systolic", "left", "stage 2", "non st", "right ear",
                "acute on chronic", "recurrent");
        for (String title : titles) {
            for (String option : options) {
                if (DocumentationQueryCheck.containsPhrase(title, option)) {
                    assertTrue(DocumentationQueryCheck.holdsEach(title, List.of(option.split(" "))), title + " / " + option);
                }
            }
        }
        assertTrue(DocumentationQueryCheck.holdsEach("Pressure ulcer of LEFT heel", List.of("left", "heel")));
        // a word in parentheses only: the title may hold it, though its words (parentheses dropped) do not
        assertTrue(DocumentationQueryCheck.holdsEach("Otitis media (recurrent)", List.of("recurrent")));
        assertFalse(DocumentationQueryCheck.containsPhrase("Otitis media (recurrent)", "recurrent"));
        assertFalse(DocumentationQueryCheck.holdsEach("Pressure ulcer of right heel", List.of("left")));
        assertFalse(DocumentationQueryCheck.holdsEach("Acute heart failure", List.of("acute", "chronic")));
    }
}
