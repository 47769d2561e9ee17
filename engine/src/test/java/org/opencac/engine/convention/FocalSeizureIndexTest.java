package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Index sends a focal seizure or epilepsy (Seizure, cortical (focal); Epilepsy, focal) to "Epilepsy,
 * localization-related, symptomatic, with simple partial seizures", and writes partial beside focal
 * (localization-related (focal) (partial)): a partial or focal seizure of no stated kind is G40.109, never the
 * unspecified convulsion R56.9; a complex partial one keeps its own code.
 */
class FocalSeizureIndexTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("partial seizures are a localization-related epilepsy with simple partial seizures",
                        "ASSESSMENT:\n1. Partial seizures since childhood.\n", "G40.109", "R56.9"),
                out("focal seizures are a localization-related epilepsy with simple partial seizures",
                        "ASSESSMENT:\n1. Focal seizures, on levetiracetam.\n", "G40.109", "R56.9"),
                out("a focal epilepsy follows the Index's Epilepsy, focal",
                        "ASSESSMENT:\n1. Focal epilepsy, stable.\n", "G40.109", "G40.209"),
                out("complex partial seizures keep their own code",
                        "ASSESSMENT:\n1. Complex partial seizures, stable.\n", "G40.209", "G40.109"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void indexCase(ConventionCase c) {
        c.check();
    }
}
