package org.opencac.engine.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginNumbersTest {
    private static final List<String> ROWS = List.of("score.x\t0.7\tscore of x",
            "window\t5\twords read");

    @Test
    void eachNumberIsReadWithItsMeaningInTheFile() {
        PluginNumbers n = PluginNumbers.parse(ROWS, "t.tsv", Set.of("score.x", "window"));
        assertEquals(0.7, n.value("score.x"));
        assertEquals(5, n.count("window"));
    }

    @Test
    void aMissingOrUnusedRowFailsAtLoadNamingIt() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> PluginNumbers.parse(ROWS, "t.tsv", Set.of("score.x", "window", "score.y")));
        assertTrue(missing.getMessage().contains("score.y") && missing.getMessage().contains("t.tsv"), missing.getMessage());
        IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
                () -> PluginNumbers.parse(ROWS, "t.tsv", Set.of("score.x")));
        assertTrue(unused.getMessage().contains("window"), unused.getMessage());
    }

    @Test
    void aRowWithoutMeaningOrAFractionalWindowFails() {
        assertThrows(IllegalArgumentException.class, () -> PluginNumbers.parse(List.of("score.x\t0.7"), "t.tsv",
                Set.of("score.x")));
        PluginNumbers n = PluginNumbers.parse(List.of("window\t2.5\twords"), "t.tsv", Set.of("window"));
        assertThrows(IllegalArgumentException.class, () -> n.count("window"));
    }

    @Test
    void theBundledPlugInFilesHaveExactlyTheNumbersTheirCodeReads() {
        // loading the plug-ins checks their files; a drifted row fails here and at start-up
        org.opencac.engine.hcpcs.HcpcsModule.bundled();
        org.opencac.engine.cpt.CptModule.of(org.opencac.models.codeset.cpt.CptCodeSet.teamList());
    }
}
