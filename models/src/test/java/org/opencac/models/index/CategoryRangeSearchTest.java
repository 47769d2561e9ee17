package org.opencac.models.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermRangeQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.lexicon.Lexicon;

/**
 * A search in a range of categories that no billable code of the range can match (some required word is in none
 * of the codes that hold the others) is answered without running it, and gives what the search gives: nothing.
 * Words outside the range, in a non-billable code or held only through an abbreviation's expansion count as the
 * search counts them.
 */
class CategoryRangeSearchTest {
    @TempDir
    Path cache;
    private CodeIndex index;
    private CodeIndex.CategoryRange injuries;
    private CodeSet set;

    @BeforeEach
    void open() {
        List<Code> codes = List.of(
                code("S52", "Fracture of forearm", false, null),
                code("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter", true, "S52"),
                code("S52.502A", "Unspecified fracture of the lower end of left radius, initial encounter", true, "S52"),
                code("S82", "Fracture of lower leg, including ankle", false, null),
                code("S82.891A", "Other fracture of right lower leg, initial encounter", true, "S82"),
                code("S83", "Dislocation and sprain of joints and ligaments of knee", false, null),
                code("S83.91XA", "Sprain of unspecified site of right knee, initial encounter", true, "S83"),
                code("M84", "Disorder of continuity of bone", false, null),
                code("M84.433A", "Pathological fracture, right ulna, initial encounter", true, "M84"));
        set = new CodeSet(new CodeSetVersion(CodeSystem.ICD10CM, "2026"), codes, List.of(),
                new CodeSet.LoadReport(codes.size(), 5, 0, 0, 0));
        index = opened();
        injuries = index.categoryRange("S00", "T14");
    }

    private CodeIndex opened() {
        return CodeIndex.openOrBuild(cache, "test", set, new Lexicon(List.of()),
                AbbreviationMap.toSynonymMap(Map.of("fx", "fracture")));
    }

    private static Code code(String code, String title, boolean billable, String parent) {
        return new Code(code, title, billable, parent, "S00-T88", "19", List.of(), List.of());
    }

    private CodeHit first(String... required) {
        return index.firstInCategories(List.of(required), "initial encounter", injuries, 40, c -> true);
    }

    @Test
    void wordsThatOneCodeHoldsTogetherFindIt() {
        assertEquals("S52.502A", first("fracture", "radius", "left").code());
        assertEquals("S83.91XA", first("sprain", "knee").code());
    }

    @Test
    void wordsThatNoCodeOfTheRangeHoldsTogetherFindNothing() {
        assertNull(first("sprain", "radius"));
        assertNull(first("fracture", "knee"));
        assertNull(first("fracture", "ulna"));   // only outside the range
        assertNull(first("fracture", "forearm"));   // only in a category header, not billable
        assertNull(first("fracture", "elbow"));   // in no code at all
    }

    @Test
    void anAbbreviationCountsByItsExpansion() {
        assertEquals("S82.891A", first("fx", "leg").code());
        assertNull(first("fx", "knee"));
    }

    @Test
    void theShortcutGivesWhatTheSearchGivesOnEveryPairOfWords() {
        List<String> words = List.of("fracture", "fx", "sprain", "radius", "ulna", "knee", "leg", "left", "right",
                "forearm", "lower", "elbow", "initial", "the");
        List<Boolean> found = new ArrayList<>();
        for (String a : words) {
            for (String b : words) {
                CodeHit hit = first(a, b);
                List<CodeHit> searched = index.searchInCategories(List.of(a, b), "initial encounter",
                        injuries.filter(), 40);
                assertEquals(searched.isEmpty() ? null : searched.get(0), hit, a + " + " + b);
                found.add(hit != null);
            }
        }
        assertTrue(found.contains(true));
        assertFalse(found.stream().allMatch(f -> f));
    }

    @Test
    void aDocumentReadBeforeCarriesTheFieldsItsFirstReadGave() {
        List<String> queries = List.of("fracture radius", "fracture", "sprain knee", "pathological fracture ulna",
                "lower leg", "S52");
        for (String q : queries) {
            index.search(q, false, 20);   // every document these find is read once here
        }
        try (CodeIndex fresh = opened()) {   // a reader of the same index that has read no document yet
            int headers = 0;
            for (String q : queries) {
                List<CodeHit> again = index.search(q, false, 20);
                assertEquals(fresh.search(q, false, 20), again, q);
                headers += (int) again.stream().filter(h -> !h.billable()).count();
            }
            assertTrue(headers > 0);   // the billable flag is carried both ways
            assertEquals(fresh.firstInCategories(List.of("fracture", "radius"), "initial encounter",
                    fresh.categoryRange("S00", "T14"), 40, c -> true), first("fracture", "radius"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theKeptDocumentFilterRanksAsTheCategoryRangeQuery() {
        // the range's definition: the category field from its first to its last category, both included
        Query byQuery = TermRangeQuery.newStringRange(CodeIndexBuilder.CATEGORY, injuries.first(), injuries.last(),
                true, true);
        List<String> words = List.of("fracture", "fx", "sprain", "radius", "ulna", "knee", "leg", "left", "right",
                "forearm", "lower", "unspecified", "initial", "the");
        int hits = 0;
        for (String a : words) {
            for (String b : words) {
                List<CodeHit> kept = index.searchInCategories(List.of(a, b), "initial encounter", injuries.filter(),
                        40);
                assertEquals(index.searchInCategories(List.of(a, b), "initial encounter", byQuery, 40), kept,
                        a + " + " + b);
                hits += kept.size();
            }
        }
        assertTrue(hits > 0);
    }
}
