package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RaisedLevelFormsTest {
    private final RaisedLevelForms forms = new RaisedLevelForms(List.of("increased {x}", "increase in {x}"));

    @Test
    void anElevatedTestFindingIsAlsoReadInTheOtherForms() {
        List<Term> added = forms.added(List.of(new Term("elevated serum urate", "R79.89", TermSource.CURATED)));
        assertEquals(List.of(new Term("increased serum urate", "R79.89", TermSource.CURATED),
                new Term("increase in serum urate", "R79.89", TermSource.CURATED)), added);
    }

    @Test
    void aConditionThatIsNoTestFindingGetsNoForms() {
        assertTrue(forms.added(List.of(new Term("elevated mood", "F30.9", TermSource.CURATED),
                new Term("elevated blood pressure reading", "R03.0", TermSource.CURATED))).isEmpty());
    }

    @Test
    void aFormTheLexiconAlreadyHoldsIsNotRepeated() {
        List<Term> added = forms.added(List.of(new Term("elevated serum urate", "R79.89", TermSource.CURATED),
                new Term("increased serum urate", "R79.89", TermSource.TITLE)));
        assertEquals(List.of(new Term("increase in serum urate", "R79.89", TermSource.CURATED)), added);
    }

    @Test
    void theShippedFormsReadAnIncreaseInOrOfAValue() throws Exception {
        List<String> shipped;
        try (var in = RaisedLevelForms.class.getResourceAsStream("/org/opencac/models/" + RaisedLevelForms.RESOURCE)) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        List<String> texts = new RaisedLevelForms(shipped)
                .added(List.of(new Term("elevated serum urate", "R79.89", TermSource.CURATED)))
                .stream().map(Term::text).toList();
        assertTrue(texts.contains("increase in serum urate") && texts.contains("increase of serum urate"), texts.toString());
    }

    @Test
    void aFormWithoutItsSlotFailsAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new RaisedLevelForms(List.of("increased")));
    }

    @Test
    void onlyFindingsOfTestsAreInScope() {
        assertTrue(RaisedLevelForms.testFinding("R94.4") && RaisedLevelForms.testFinding("R70.0")
                && RaisedLevelForms.testFinding("R97.20"));
        assertTrue(!RaisedLevelForms.testFinding("R03.0") && !RaisedLevelForms.testFinding("R99"));
    }
}
