package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An echocardiogram or a vascular study done to find the source of an acute stroke the history tells was done for
 * that stroke: it leads the cardiac findings the impression reports (IV.K); with no such study named, the
 * impression keeps its order. For an inpatient the stroke is the condition chiefly responsible for the stay (Section II)
 * and leads the findings the same way (team-written notes).
 */
class StrokeWorkUpStudyTest {

    private static final String HISTORY = "HISTORY OF PRESENT ILLNESS: A 70-year-old man was admitted two days ago "
            + "with an acute right MCA stroke and left hand weakness.\n";

    @Test
    void theStrokeAnEchocardiogramSeeksTheSourceOfLeadsItsFindings() {
        List<String> codes = outpatientCodes(HISTORY
                + "He is referred for a transesophageal echocardiogram to look for an embolic source.\n"
                + "IMPRESSION:\n1. Mild left atrial enlargement.\n2. Mild mitral regurgitation.\n");
        assertEquals("I63.511", codes.get(0), codes.toString());
        assertTrue(codes.contains("I34.0"), codes.toString());
    }

    @Test
    void withNoStudyNamedTheImpressionKeepsItsOrder() {
        List<String> codes = outpatientCodes(HISTORY
                + "He was seen on the ward today at his family's request.\n"
                + "IMPRESSION:\n1. Mild mitral regurgitation.\n2. Mild left atrial enlargement.\n");
        assertEquals("I34.0", codes.get(0), codes.toString());
    }

    @Test
    void forAnInpatientTheStrokeAnEchocardiogramSeeksTheSourceOfIsThePrincipalDiagnosis() {
        List<String> codes = inpatientCodes(HISTORY
                + "He is referred for a transesophageal echocardiogram to look for an embolic source.\n"
                + "IMPRESSION:\n1. Mild left atrial enlargement.\n2. Mild mitral regurgitation.\n");
        assertEquals("I63.511", codes.get(0), codes.toString());
        assertTrue(codes.contains("I51.7"), codes.toString());
    }

    @Test
    void forAnInpatientWithNoStudyNamedTheImpressionKeepsItsOrder() {
        List<String> codes = inpatientCodes(HISTORY
                + "He was seen on the ward today at his family's request.\n"
                + "IMPRESSION:\n1. Mild mitral regurgitation.\n2. Mild left atrial enlargement.\n");
        assertEquals("I34.0", codes.get(0), codes.toString());
    }
}
