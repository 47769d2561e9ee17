package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A title's default marks are read in place, in any case, as the lower-cased title would give them. */
class DefaultMarksTest {

    @Test
    void marksAreCountedInAnyCase() {
        assertEquals(2, CodeResolver.defaultMarks("Otitis media, Unspecified, UNSPECIFIED ear"));
        assertEquals(1, CodeResolver.defaultMarks("Type 2 diabetes mellitus Without Complications"));
        assertEquals(1, CodeResolver.defaultMarks("Inguinal hernia, Not Specified As recurrent"));
        assertEquals(0, CodeResolver.defaultMarks("Acute appendicitis with localized peritonitis"));
    }

    @Test
    void marksAgreeWithTheLowerCasedReading() {
        for (String title : List.of("Unspecified", "unspecifiedunspecified", "Fracture of unspecified part, unspecified",
                "without complications", "x without complications", "Without complication", "status unknown, initial",
                "", "not specified as", "NOT SPECIFIED AS", "Unspecified without complications")) {
            assertEquals(lowerCasedMarks(title), CodeResolver.defaultMarks(title), title);
        }
    }

    /** The reading before: the title lower-cased once, then searched. */
    private static int lowerCasedMarks(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int n = 0;
        for (int at = t.indexOf("unspecified"); at >= 0; at = t.indexOf("unspecified", at + 1)) {
            n++;
        }
        n += t.endsWith("without complications") ? 1 : 0;
        n += t.contains("not specified as") ? 1 : 0;
        n += t.contains("status unknown") ? 1 : 0;
        return n;
    }
}
