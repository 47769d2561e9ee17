package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.Code;

/**
 * The default children and the sibling words kept in the models' cache are what the resolver would work out
 * itself, for every code: a second resolver reads the tables the first one made.
 */
class KeptResolverTablesTest {

    private static CodeResolver readingTables() {
        ModelBundle models = TestModels.models();
        CodeResolver.standard(models.codeSet(), models.index());   // makes the tables if the cache lacks them
        return CodeResolver.standard(models.codeSet(), models.index());
    }

    @Test
    void every_kept_default_child_is_the_one_worked_out() {
        CodeResolver resolver = readingTables();
        int headers = 0;
        for (Code c : TestModels.models().codeSet().all()) {
            if (!c.billable()) {
                assertEquals(resolver.workedOutDefaultChild(c), resolver.defaultChild(c), c.code());
                headers++;
            }
        }
        assertTrue(headers > 10_000, "headers compared: " + headers);
    }

    @Test
    void every_kept_sibling_row_is_the_one_worked_out() {
        CodeResolver resolver = readingTables();
        int kept = 0;
        for (Code c : TestModels.models().codeSet().all()) {
            if (c.billable() && CodeResolver.isDefault(c) && c.title().toLowerCase(Locale.ROOT).contains("unspecified")) {
                List<List<Map.Entry<Code, Set<String>>>> rows = resolver.keptSiblingAndCousinWords(c);
                if (rows != null) {
                    assertEquals(resolver.workedOutSiblingAndCousinWords(c), rows, c.code());
                    kept++;
                }
            }
        }
        assertTrue(kept > 1_000, "codes compared: " + kept);
    }
}
