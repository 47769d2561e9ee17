package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.models.io.Lines;
import org.opencac.models.io.Resources;

/** The bundled curated lexicon, read as its rows: a term and code written twice is a merge left over. */
class CuratedLexiconRowsTest {

    @Test
    void noTermIsListedTwiceWithTheSameCode() throws IOException {
        String text;
        try (InputStream in = Resources.bundled(LexiconBuilder.CURATED)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        int line = 0;
        for (String row : Lines.split(text)) {
            line++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\t");
            if (f.length >= 2 && !seen.add(f[0] + "\t" + f[1])) {
                repeated.add("line " + line + ": " + f[0] + " -> " + f[1]);
            }
        }
        assertEquals(List.of(), repeated);
    }
}
