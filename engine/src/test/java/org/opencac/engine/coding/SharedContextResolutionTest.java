package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;

/**
 * The codes of one clause are resolved in one shared context, which remembers what each ancestor resolves to
 * there: every code resolves as it would in a context of its own, in whatever order the codes come
 * (team-written clauses).
 */
class SharedContextResolutionTest {

    private static final List<String> CLAUSES = List.of(
            "acute on chronic systolic heart failure",
            "right inguinal hernia with obstruction, recurrent",
            "type 2 diabetes with diabetic chronic kidney disease stage 3",
            "closed displaced fracture of the left femoral neck",
            "chronic obstructive pulmonary disease with acute exacerbation",
            "major depressive disorder, recurrent, moderate");
    private static final List<String> CODES = List.of("I50.9", "I50", "I50.2", "K40.90", "K40.3", "K40", "E11.9",
            "E11.2", "N18.30", "S72.00", "S72.009A", "J44.9", "J44", "F33.9", "F32.9", "F33", "R52", "I10");

    @Test
    void aCodeResolvesInASharedContextAsInItsOwn() {
        ModelBundle models = TestModels.models();
        CodeResolver resolver = CodeResolver.standard(models.codeSet(), models.index());
        for (String clause : CLAUSES) {
            CodeResolver.Context shared = resolver.new Context(clause);
            CodeResolver.Context sharedBackwards = resolver.new Context(clause);
            for (int k = 0; k < CODES.size(); k++) {
                String code = CODES.get(k);
                String back = CODES.get(CODES.size() - 1 - k);
                assertEquals(resolver.resolve(code, resolver.new Context(clause), null),
                        resolver.resolve(code, shared, null), clause + ": " + code);
                assertEquals(resolver.resolve(back, resolver.new Context(clause), null),
                        resolver.resolve(back, sharedBackwards, null), clause + ": " + back);
            }
        }
    }
}
