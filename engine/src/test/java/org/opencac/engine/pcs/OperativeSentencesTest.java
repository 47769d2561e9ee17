package org.opencac.engine.pcs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;

/**
 * The team's operative-report sentences (operative_sentences.tsv) with the PCS codes a coder assigns:
 * each expected code is suggested (a 4-character one as an incomplete code with a query naming the
 * missing character), no forbidden code is, and every suggestion is valid in its table.
 */
class OperativeSentencesTest {

    record Case(String sentence, List<String> expected, List<String> forbidden) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = OperativeSentencesTest.class.getResourceAsStream("operative_sentences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(new Case(c[0], codes(c[1]), codes(c[2])));
            }
        }
        return out;
    }

    private static List<String> codes(String column) {
        return column.equals("-") ? List.of() : List.of(column.trim().split(" "));
    }

    @Test
    void theSetCoversAtLeastFortySentences() throws IOException {
        assertTrue(cases().size() >= 40, "only " + cases().size() + " sentences");
    }

    @TestFactory
    Stream<DynamicTest> eachSentenceGetsTheCoderCodes() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.sentence(), () -> {
            SystemResult r = PcsTestPipeline.code(c.sentence());
            List<String> got = r.suggestions().stream().map(Suggestion::code).toList();
            for (String e : c.expected()) {
                assertTrue(got.contains(e), "expected " + e + ", got " + got + " " + r.queries());
                if (e.length() < 7) {
                    assertTrue(r.queries().stream().anyMatch(q -> q.code().equals(e)),
                            "incomplete " + e + " must come with a query: " + r.queries());
                }
            }
            for (String f : c.forbidden()) {
                assertFalse(got.contains(f), f + " must not be suggested: " + got);
            }
            for (Suggestion s : r.suggestions()) {
                assertTrue(PcsTestPipeline.module().tables().isValidPrefix(s.code()), s.code() + " not valid in its table");
                assertTrue(s.code().length() == 7 ? s.billable() : !s.billable(), "billable iff complete: " + s.code());
            }
        }));
    }
}
