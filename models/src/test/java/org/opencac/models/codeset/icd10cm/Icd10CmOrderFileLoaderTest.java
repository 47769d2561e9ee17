package org.opencac.models.codeset.icd10cm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Icd10CmOrderFileLoaderTest {

    private static List<OrderFileEntry> load(String text) {
        return new Icd10CmOrderFileLoader().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)),
                "test-order.txt");
    }

    @Test
    void readsTheFixedWidthLayoutAndInsertsTheDot() {
        String line = "00002 A000    1 " + String.format("%-60s", "Cholera due to Vibrio cholerae 01, biovar cholerae")
                + " Cholera due to Vibrio cholerae 01, biovar cholerae\r\n";
        OrderFileEntry e = load(line).get(0);
        assertEquals("A00.0", e.code());
        assertTrue(e.billable());
        assertEquals(2, e.order());
        assertEquals("Cholera due to Vibrio cholerae 01, biovar cholerae", e.longTitle());
    }

    @Test
    void aLineOutOfLayoutFailsNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load("00001 A00     0 Cholera\nnot an order file line\n"));
        assertTrue(e.getMessage().contains("test-order.txt line 2"), e.getMessage());
    }

    @Test
    void anEmptyFileFails() {
        assertThrows(IllegalArgumentException.class, () -> load(""));
    }
}
