package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms found coding a sample of transcribed notes as a coder would: the scrotal pain an epididymitis
 * produces and the swelling a hydrocele produces, a dementia told once without its severity and once with it, a
 * blow-out fracture of the orbit, a steroid given as immunosuppressive therapy, and a hedge written after
 * the diagnosis it weighs.
 */
class ScrotalSymptomSeverityAndHedgeTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.B.5 scrotal pain is part of the epididymitis treated",
                        "ASSESSMENT:\n1. Acute epididymitis on the left.\nHISTORY:\nThe man has had scrotal pain on the"
                                + " left for two days.\n", "N45.1", "N50.82"),
                out("I.B.5 scrotal swelling is part of the hydrocele operated on",
                        "PREOPERATIVE DIAGNOSIS:\nLeft hydrocele.\nINDICATIONS:\nThe man has had scrotal swelling on the"
                                + " left for a month.\n", "N43.3", "N50.89"),
                out("I.B.5 a hydrocele is routinely painless: scrotal pain told with it stays coded",
                        "PREOPERATIVE DIAGNOSIS:\nLeft hydrocele.\nINDICATIONS:\nThe man has had scrotal pain on the"
                                + " left for a month.\n", "N50.82", ""),
                out("I.B.5 scrotal pain with no scrotal condition is reported",
                        "ASSESSMENT:\n1. Scrotal pain, cause not yet clear.\n", "N50.82", ""),
                out("I.C.5.d one dementia told without and with its severity is coded with the severity",
                        "ASSESSMENT:\n1. Dementia.\nHISTORY:\nTesting last month showed severe dementia.\n",
                        "F03.C0", "F03.90"),
                out("Index: Fracture, blow-out S02.3-, the orbital floor of the side written",
                        "DIAGNOSIS:\n1. Right orbital blowout fracture.\n", "S02.31XA", "S02.121A"),
                out("Index: Fracture, blow-out S02.3-, written with a hyphen",
                        "DIAGNOSIS:\n1. Left blow-out fracture.\n", "S02.32XA", ""),
                out("I.C.21.c.3 a steroid given as immunosuppressive therapy is long-term use",
                        "DIAGNOSES:\n1. Lupus nephritis on immunosuppressive therapy with prednisone.\n", "Z79.52", ""),
                out("I.C.21.c.3 a short steroid course is no long-term use",
                        "PLAN:\nPrednisone 40 mg daily for five days for the asthma flare.\n", "", "Z79.52"),
                out("IV.H a diagnosis with 'most likely' closing its item is uncertain, the next item is not",
                        "ASSESSMENT:\n1. Community acquired pneumonia most likely.\n2. Essential hypertension.\n",
                        "I10", "J18.9"),
                out("IV.H 'most likely due to' leaves the condition before it established",
                        "ASSESSMENT:\n1. Right knee pain most likely due to overuse.\n",
                        "M25.561", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
