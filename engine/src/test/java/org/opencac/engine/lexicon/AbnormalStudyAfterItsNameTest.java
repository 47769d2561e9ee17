package org.opencac.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A function study said abnormal after its name ("the EEG is abnormal", "EKG abnormal") is the abnormal study as the
 * Index prints it (Abnormal, electroencephalogram R94.01; electrocardiogram R94.31); a study only planned is not.
 */
class AbnormalStudyAfterItsNameTest {

    @Test
    void anEegSaidToBeAbnormalIsAnAbnormalEeg() {
        List<String> codes = outpatientCodes(
                "IMPRESSION:\nThe EEG is abnormal, with slowing over the left hemisphere.\n");
        assertTrue(codes.contains("R94.01"), codes.toString());
    }

    @Test
    void anEkgSaidToHaveBeenAbnormalIsAnAbnormalEkg() {
        List<String> codes = outpatientCodes("ASSESSMENT:\nChest tightness; the EKG was abnormal today.\n");
        assertTrue(codes.contains("R94.31"), codes.toString());
        List<String> bare = outpatientCodes("ASSESSMENT:\nPalpitations. EKG abnormal, referred to cardiology.\n");
        assertTrue(bare.contains("R94.31"), bare.toString());
    }

    @Test
    void aStudyOnlyPlannedIsNotCodedAsAbnormal() {
        List<String> codes = outpatientCodes("PLAN:\nIf the EEG is abnormal, we will start levetiracetam.\n");
        assertFalse(codes.contains("R94.01"), codes.toString());
    }
}
