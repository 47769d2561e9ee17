package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.models.codeset.Code;

/** The titles a sibling of a code has when it writes a side in place of an "unspecified" of the code title. */
class SidedTitlesTest {
    @Test
    void aSiblingReplacesAnUnspecifiedOnlyBySideWithTheRestOfItsTitleTheSame() {
        Code ear = code("Otitis media, unspecified, unspecified ear");
        assertTrue(CodeResolver.replacesUnspecified(ear, code("Otitis media, unspecified, right ear")));
        assertTrue(CodeResolver.replacesUnspecified(ear, code("Otitis media, unspecified, bilateral")));
        assertFalse(CodeResolver.replacesUnspecified(ear, ear));
        Code cuff = code("Incomplete rotator cuff tear or rupture of unspecified shoulder, not specified as traumatic");
        assertTrue(CodeResolver.replacesUnspecified(cuff,
                code("Incomplete rotator cuff tear or rupture of left shoulder, not specified as traumatic")));
        assertFalse(CodeResolver.replacesUnspecified(cuff,
                code("Unspecified rotator cuff tear or rupture of left shoulder, not specified as traumatic")));
        Code knee = code("Pain in unspecified knee");
        assertTrue(CodeResolver.replacesUnspecified(knee, code("Pain in right knee")));
        assertFalse(CodeResolver.replacesUnspecified(knee, code("Pain in right hip")));
        assertFalse(CodeResolver.replacesUnspecified(code("Essential hypertension"), code("Pain in right knee")));
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
