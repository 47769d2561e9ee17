package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * B95-B97 identify the infectious agent of a disease classified elsewhere ("use additional code (B95-B97)"
 * notes, e.g. at N39.0); a combination code that names the organism identifies it already.
 */
class InfectiousAgentConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("use additional code: UTI due to an organism is the infection plus its agent, not A49",
                        "ASSESSMENT:\nUrinary tract infection due to Pseudomonas.\n", "N39.0 B96.5", "A49.8 A49.9"),
                out("use additional code: organism written before the infection, abbreviated genus",
                        "ASSESSMENT:\nE. coli urinary tract infection, started on nitrofurantoin.\n", "N39.0 B96.20",
                        "A49.8 A49.9"),
                out("organism named inside the condition phrase is added as the agent",
                        "IMPRESSION:\nH. pylori gastritis, starting triple therapy.\n", "B96.81", ""),
                out("abbreviated genus reaches its B95 code beside cellulitis",
                        "ASSESSMENT:\nCellulitis of right arm; wound culture grew S. aureus.\n",
                        "L03.113 B95.61", ""),
                out("abbreviated species names reach their agent codes",
                        "ASSESSMENT:\nAcute pyelonephritis, urine culture positive for K. pneumoniae.\n", "N10 B96.1", ""),
                out("combination code names the organism: no additional agent code",
                        "ASSESSMENT:\nPneumonia due to Pseudomonas.\n", "J15.1", "B96.5 J18.9"),
                out("combination code names the organism written apart in the same sentence",
                        "ASSESSMENT:\nSepsis due to E. coli.\n", "A41.51", "B96.20"),
                out("an organism's infection of unspecified site beside its coded site becomes the agent code",
                        "ASSESSMENT:\nMRSA cellulitis of the left leg.\n", "L03.116 B95.62", "A49.02"),
                out("an abscess that grew the organism: the abscess and the agent, not an unspecified-site infection",
                        "ASSESSMENT:\nLeft thigh abscess, cultures grew MRSA.\n", "L02.416 B95.62", "A49.02"),
                out("an organism written before a condition with no note of its own is that condition's agent",
                        "ASSESSMENT:\nMRSA bacteremia.\n", "R78.81 B95.62", "A49.02"),
                out("a combination code naming the organism leaves no unspecified-site infection beside it",
                        "ASSESSMENT:\nPneumonia due to MRSA.\n", "J15.212", "A49.02 B95.62"),
                out("a positive antigen test in a sentence of its own is the organism of the combination code",
                        "LABS:\nRapid RSV antigen is positive.\nASSESSMENT:\nBronchiolitis due to respiratory syncytial virus.\n",
                        "J21.0", "B97.4"),
                out("with no site coded in its sentence the organism's infection stays of unspecified site",
                        "ASSESSMENT:\nMRSA infection, on vancomycin.\n", "A49.02", "B95.62"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }

    @Test
    void organismWordsComeFromTheAgentTitle() {
        assertEquals("escherichia coli",
                InfectiousAgentCheck.organism("Unspecified Escherichia coli [E. coli] as the cause of diseases classified elsewhere"));
        assertEquals("pseudomonas",
                InfectiousAgentCheck.organism("Pseudomonas (aeruginosa) (mallei) (pseudomallei) as the cause of diseases classified elsewhere"));
        assertEquals("methicillin susceptible staphylococcus aureus", InfectiousAgentCheck.organism(
                "Methicillin susceptible Staphylococcus aureus infection as the cause of diseases classified elsewhere"));
        assertEquals("streptococcus", InfectiousAgentCheck.organism("Streptococcus, group A, as the cause of diseases classified elsewhere"));
        assertEquals("", InfectiousAgentCheck.organism("Other specified bacterial agents as the cause of diseases classified elsewhere"));
    }
}
