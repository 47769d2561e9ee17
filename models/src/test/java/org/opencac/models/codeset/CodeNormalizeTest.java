package org.opencac.models.codeset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A code asked for is read in its published form; one written so already is given back as it is. */
class CodeNormalizeTest {
    /** What normalizing did before codes already in published form were given back unchanged. */
    private static String made(String code) {
        String c = code.trim().toUpperCase(java.util.Locale.ROOT).replace(".", "");
        return c.length() > 3 ? c.substring(0, 3) + "." + c.substring(3) : c;
    }

    @Test
    void everyFormGivesThePublishedForm() {
        for (String code : List.of("E11.22", "e1122", "E1122", " E11.22 ", "E11", "e11", "E1", "E", "", "E112",
                "E11.", "E1.1", "E11.2.2", "S52.502A", "s52.502a", "Z79.4", "A0.0", "E11.22\t", "ÉE11.2", "straße1",
                "E11-22", "E11.2 2", ".", "..", "ABC.D", "AB.CD")) {
            assertEquals(made(code), CodeSet.normalize(code), "'" + code + "'");
        }
    }
}
