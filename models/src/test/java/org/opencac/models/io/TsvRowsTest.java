package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvRowsTest {
    private static List<String> read(String text) {
        List<String> rows = new ArrayList<>();
        TsvRows.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv",
                h -> h[0].equals("a"), "a<TAB>b", (cols, lineNo) -> rows.add(lineNo + ":" + String.join("|", cols)));
        return rows;
    }

    @Test
    void commentsAndBlankLinesArePassedOverAndRowsKeepTheirLineNumbersAndEmptyColumns() {
        assertEquals(List.of("4:x|y", "6:z||"), read("# about\na\tb\n\nx\ty\n   \nz\t\t\n"));
    }

    @Test
    void aWrongHeaderFailsNamingTheFileTheLineAndTheHeaderExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("# about\nb\ta\nx\ty\n"));
        assertEquals("test.tsv line 2: header 'a<TAB>b' expected", e.getMessage());
    }
}
