package org.opencac.evaluation.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssertionEvaluatorTest {
    private static final String HEADER = "id\tsentence\ttarget\tnegated\tuncertain\thypothetical\thistorical\texperiencer\tnote\n";
    private static final AssertionEvaluator EVALUATOR = AssertionEvaluator.standard();

    @TempDir
    Path dir;

    private Path tsv(String body) throws IOException {
        Path p = dir.resolve("set.tsv");
        Files.writeString(p, HEADER + body);
        return p;
    }

    @Test
    void scoresEachCategoryWithCounts() throws IOException {
        AssertionReport r = EVALUATOR.evaluate(tsv(
                "a1\tPatient denies chest pain.\tchest pain\t1\t0\t0\t0\tpatient\t\n"
                + "a2\tPossible pneumonia.\tpneumonia\t0\t1\t0\t0\tpatient\t\n"
                + "a3\tHer mother has breast cancer.\tbreast cancer\t0\t0\t0\t0\tfamily\t\n"
                + "a4\tCough for two days.\tCough\t1\t0\t0\t0\tpatient\tdeliberately wrong gold\n"));
        assertEquals(4, r.rows());
        assertEquals(3, r.exact());
        CategoryScore neg = r.score("negated");
        assertEquals(1, neg.tp());
        assertEquals(0, neg.fp());
        assertEquals(1, neg.fn());
        assertEquals(1.0, neg.precision(), 1e-9);
        assertEquals(0.5, neg.recall(), 1e-9);
        assertEquals(1.0, r.score("uncertain").f1(), 1e-9);
        assertEquals(1.0, r.score("family").f1(), 1e-9);
        assertEquals(1, r.errors().size());
        assertEquals("a4", r.errors().get(0).id());
        assertEquals("negated", r.errors().get(0).expected());
        assertEquals("present", r.errors().get(0).predicted());
    }

    @Test
    void escapedLineBreakCarriesASectionHeader() throws IOException {
        AssertionReport r = EVALUATOR.evaluate(tsv(
                "f1\tFAMILY HISTORY:\\nDiabetes in both parents.\tDiabetes\tfalse\tfalse\tfalse\tfalse\tfamily\t\n"));
        assertEquals(1, r.exact());
    }

    @Test
    void reportSerializesToJsonAndRendersATable() throws IOException {
        AssertionReport r = EVALUATOR.evaluate(tsv("a1\tNo fever.\tfever\t1\t0\t0\t0\tpatient\t\n"));
        JsonNode json = new ObjectMapper().valueToTree(r);
        assertEquals(1, json.path("categories").get(0).path("tp").asInt());
        assertTrue(json.path("categories").get(0).has("f1"));
        String table = r.toTable();
        assertTrue(table.contains("negated"), table);
        assertTrue(table.contains("1.000"), table);
    }

    @Test
    void malformedRowFailsNamingFileAndLine() throws IOException {
        Path p = tsv("a1\tNo fever.\tfever\t1\t0\t0\t0\tpatient\t\n" + "a2\tNo fever.\tfever\tmaybe\t0\t0\t0\tpatient\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EVALUATOR.evaluate(p));
        assertTrue(e.getMessage().contains("set.tsv line 3"), e.getMessage());
    }

    @Test
    void targetMissingFromSentenceFailsNamingLine() throws IOException {
        Path p = tsv("a1\tNo fever.\tcough\t1\t0\t0\t0\tpatient\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EVALUATOR.evaluate(p));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
