package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.codes;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The share of the body surface a burn covers is coded by extent (T31, by the range of the percentage) beside the
 * burn's sites, and a burn named without its region (T30.0) gives way to it (Guidelines I.C.19.d).
 */
class BurnExtentTest {

    @Test
    void aBurnsShareOfTheBodySurfaceIsCodedByItsRangeBesideItsSite() {
        CodingResult sited = outpatientChecked("ASSESSMENT: Scald burn of both forearms, 32% TBSA burn overall.\n");
        assertSuggested(sited, "T31.30", 2);   // after the site code it supplements (T31 note)
        assertTrue(codes(sited).stream().anyMatch(c -> c.startsWith("T22.")), codes(sited).toString());
        CodingResult after = outpatientChecked("ASSESSMENT: Flame burns of 45% TBSA.\n");
        assertSuggested(after, "T31.40", 1);
    }

    @Test
    void aBurnWithoutItsRegionGivesWayToItsExtent() {
        CodingResult extent = outpatientChecked("ASSESSMENT: Flame injury, 60% body surface burns.\n");
        assertSuggested(extent, "T31.60", 1);
        assertNotSuggested(extent, "T30.0");
    }

    @Test
    void aShareOfTheBodySurfaceOfAnotherConditionIsNoBurn() {
        CodingResult skin = outpatientChecked("ASSESSMENT: Plaque psoriasis involving 10% BSA.\n");
        assertTrue(codes(skin).stream().noneMatch(c -> c.startsWith("T31")), codes(skin).toString());
    }
}
