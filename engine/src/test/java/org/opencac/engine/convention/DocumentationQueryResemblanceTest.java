package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
