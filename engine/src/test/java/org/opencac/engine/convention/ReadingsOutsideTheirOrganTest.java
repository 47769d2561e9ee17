package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Words read in the sense their site gives them: aphthous ulcers are oral aphthae only in the mouth; a history of
 * an incurable blood cancer is the cancer; a disseminated mycobacterial infection has its own code.
 */
class ReadingsOutsideTheirOrganTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("aphthous ulcers seen in the bowel at endoscopy are not recurrent oral aphthae",
                        "IMPRESSION:\nA few aphthous ulcers scattered in the ascending colon.\n", "", "K12.0"),
                out("aphthous ulcers of the mouth stay oral aphthae",
                        "ASSESSMENT:\nRecurrent aphthous ulcers of the mouth.\n", "K12.0", ""),
                out("a history of multiple myeloma is the myeloma, not a personal history code",
                        "ASSESSMENT:\nHistory of multiple myeloma, seen for back pain.\n", "C90.00", "Z85.79"),
                out("disseminated MAC is the disseminated mycobacterial infection",
                        "ASSESSMENT:\nAIDS with disseminated MAC.\n", "B20 A31.2", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readingCase(ConventionCase c) {
        c.check();
    }
}
