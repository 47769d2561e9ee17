package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.Code;
import org.opencac.models.index.CodeHit;
import org.opencac.models.index.CodeIndex;
import org.opencac.models.index.WordScoreTable;

/**
 * The table that ranks a header's children by specificity words gives what a search of the code index
 * gives: the same codes in the same order (codes that score alike in code order), for headers across the code
 * set and random sets of words.
 */
class ChildScoresMatchSearchTest {

    @Test
    void rankingChildrenFromTheTableEqualsSearchingTheIndex() {
        ModelBundle models = TestModels.models();
        CodeIndex index = models.index();
        List<String> words = new ArrayList<>();
        for (String w : CodeResolver.readWords()) {
            for (String a : index.analyze(w)) {
                if (!words.contains(a)) {
                    words.add(a);
                }
            }
        }
        WordScoreTable table = index.wordScores(words);
        List<Code> headers = models.codeSet().all().stream().filter(c -> !c.billable()).toList();
        Random random = new Random(14);
        int compared = 0;
        int nonEmpty = 0;
        for (int n = 0; n < 3000; n++) {
            Code header = headers.get(random.nextInt(headers.size()));
            List<Code> kids = models.codeSet().billableDescendants(header.code());
            if (kids.isEmpty() || kids.size() > 2000) {
                continue;
            }
            Set<String> chosen = new HashSet<>();
            int k = 1 + random.nextInt(4);
            // Half the time draw the words from a child's title, so that most rankings are not empty.
            List<String> pool = random.nextBoolean()
                    ? index.analyze(kids.get(random.nextInt(kids.size())).title()).stream()
                    .filter(words::contains).toList()
                    : words;
            for (int i = 0; i < k && !pool.isEmpty(); i++) {
                chosen.add(pool.get(random.nextInt(pool.size())));
            }
            if (chosen.isEmpty()) {
                continue;
            }
            // the search breaks score ties by document number, the table by code (the same in every build of the
            // index): the search's hits, ties put in code order, are what the table must give
            List<CodeHit> expected = index.rank(String.join(" ", chosen), kids.stream().map(Code::code).toList(),
                            kids.size()).stream()
                    .sorted(Comparator.comparingDouble((CodeHit h) -> -h.score()).thenComparing(CodeHit::code))
                    .limit(5).toList();
            List<CodeHit> actual = table.rank(chosen, kids, 5);
            assertEquals(expected.stream().map(CodeHit::code).toList(), actual.stream().map(CodeHit::code).toList(),
                    header.code() + " " + chosen);
            compared++;
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(compared > 1000 && nonEmpty > 500, compared + " rankings compared, " + nonEmpty + " not empty");
    }
}
