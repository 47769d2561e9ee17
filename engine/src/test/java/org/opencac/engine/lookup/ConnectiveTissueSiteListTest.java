package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A morphology the Index sends to "Neoplasm, connective tissue" is coded at the site of that row's list the clause
 * names (the table prints the row as "connective tissue NEC"); a site the list lacks is coded at the table's own row
 * for that site, as the row's note instructs (team-written sentences).
 */
class ConnectiveTissueSiteListTest {

    @Test
    void aSarcomaOfAListedLimbSiteIsTheConnectiveTissueOfThatLimb() {
        CodingResult r = inpatient("Final diagnosis: leiomyosarcoma of the left thigh, resected with clear margins.");
        assertSuggested(r, "C49.22", 3);
        assertNotSuggested(r, "C76.52");
    }

    @Test
    void aSarcomaOfTheRetroperitoneumIsC480() {
        assertSuggested(inpatient("Final diagnosis: retroperitoneal liposarcoma, resected."), "C48.0", 3);
    }

    @Test
    void aSarcomaSubtypeOfNoStatedSiteIsTheConnectiveTissueRowsOwnCode() {
        CodingResult r = inpatient("Final diagnosis: pleomorphic liposarcoma, resected with clear margins.");
        assertSuggested(r, "C49.9", 3);
        assertNotSuggested(r, "C80.1");
    }

    @Test
    void aSarcomaOfASiteOffTheListIsCodedAtThatSitesOwnRow() {
        CodingResult r = inpatient("Final diagnosis: leiomyosarcoma of the uterus, treated by hysterectomy.");
        assertSuggested(r, "C55", 3);
        assertNotSuggested(r, "C49.9");
    }

    @Test
    void aSarcomaToldAgainWithoutItsOrganIsTheOrgansNeoplasm() {
        CodingResult r = inpatient("Final diagnosis: leiomyosarcoma of the kidney. Chemotherapy was given for the leiomyosarcoma.");
        assertSuggested(r, "C64.9", 3);
        assertNotSuggested(r, "C49.9");
    }

    @Test
    void aSarcomaOfAnotherWordBesideAnOrgansCancerStaysItsOwnNeoplasm() {
        CodingResult r = inpatient("Final diagnosis: renal cell carcinoma. A liposarcoma was also found.");
        assertSuggested(r, "C49.9", 5);
    }
}
