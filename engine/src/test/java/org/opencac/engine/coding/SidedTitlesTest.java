package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opencac.models.codeset.Code;

/** The sided titles of a code, read once, answer what the sibling-by-sibling side test answers. */
class SidedTitlesTest {
    private static final List<String> TITLES = List.of(
            "Otitis media, unspecified, unspecified ear",
            "Otitis media, unspecified, right ear",
            "Otitis media, unspecified, left ear",
            "Otitis media, unspecified, bilateral",
            "Otitis media, right ear, unspecified",
            "Incomplete rotator cuff tear or rupture of unspecified shoulder, not specified as traumatic",
            "Incomplete rotator cuff tear or rupture of right shoulder, not specified as traumatic",
            "Incomplete rotator cuff tear or rupture of left shoulder, not specified as traumatic",
            "Unspecified rotator cuff tear or rupture of left shoulder, not specified as traumatic",
            "Vitreous hemorrhage, unspecified eye",
            "Vitreous hemorrhage, right eye",
            "Vitreous hemorrhage, bilateral",
            "Vitreous hemorrhage, left eye",
            "Pain in unspecified knee",
            "Pain in right knee",
            "Pain in left knee",
            "Essential hypertension");

    @Test
    void aSiblingIsInTheSetExactlyWhenItReplacesAnUnspecifiedBySide() {
        for (String a : TITLES) {
            Code c = code(a);
            var sided = CodeResolver.sidedTitles(c);
            for (String b : TITLES) {
                Code sibling = code(b);
                assertEquals(CodeResolver.replacesUnspecified(c, sibling),
                        sided.contains(b.toLowerCase(Locale.ROOT)), a + " / " + b);
            }
        }
    }

    @Test
    void eachUnspecifiedOfATitleIsAPlaceForASide() {
        var sided = CodeResolver.sidedTitles(code("Otitis media, unspecified, unspecified ear"));
        assertTrue(sided.contains("otitis media, unspecified, right ear"));
        assertTrue(sided.contains("otitis media, unspecified, bilateral"));
        assertTrue(sided.contains("otitis media, right, unspecified ear"));
        assertFalse(sided.contains("otitis media, unspecified, unspecified ear"));
        assertTrue(CodeResolver.sidedTitles(code("Essential hypertension")).isEmpty());
    }

    private static Code code(String title) {
        return new Code("X00.0", title, true, null, "", "", List.of(), List.of());
    }
}
