package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Tabular notes at G40 and G43 make pharmacoresistant, treatment resistant, refractory (medically) and
 * poorly controlled equivalent to intractable: an epilepsy or a migraine the statement calls so takes the
 * intractable twin of its code; words said of another condition, or negated, leave it not intractable.
 */
class IntractableEpilepsyWordsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("G40 a focal epilepsy called poorly controlled is intractable",
                        "ASSESSMENT:\n1. Complex partial epilepsy, poorly controlled on two agents.\n",
                        "G40.219", "G40.209"),
                out("G40 a pharmacoresistant juvenile myoclonic epilepsy is intractable",
                        "ASSESSMENT:\n1. Pharmacoresistant juvenile myoclonic epilepsy.\n", "G40.B19", "G40.B09"),
                out("G40 an epilepsy with poorly controlled seizures is intractable",
                        "ASSESSMENT:\n1. Epilepsy with poorly controlled seizures.\n", "G40.919", "G40.909"),
                out("G40 a seizure disorder called poorly controlled is the intractable unspecified epilepsy",
                        "ASSESSMENT:\n1. Seizure disorder, poorly controlled.\n", "G40.919", "G40.909"),
                out("G40 poorly controlled said of the next condition leaves the epilepsy not intractable",
                        "ASSESSMENT:\n1. Seizure disorder.\n2. Hypertension, poorly controlled.\n",
                        "G40.909", "G40.919"),
                out("G40 poorly controlled after another condition in one sentence is that condition's",
                        "ASSESSMENT:\n1. Seizure disorder and hypertension, poorly controlled.\n",
                        "G40.909", "G40.919"),
                out("G43 refractory said of the symptom beside a migraine leaves the migraine not intractable",
                        "ASSESSMENT:\n1. Migraine with aura and refractory vomiting.\n", "G43.109", "G43.119"),
                out("G43 a migraine called medically refractory is intractable",
                        "ASSESSMENT:\n1. Migraine without aura, medically refractory.\n", "G43.019", "G43.009"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tabularNoteCase(ConventionCase c) {
        c.check();
    }
}
