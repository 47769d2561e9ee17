package org.opencac.models.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

    @Test
    void everyStoredStringIsFoundWithItsFlags() {
        List<String> keys = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            keys.add("key " + i);
            prefixes.add("first " + i);
        }
        keys.add("both");
        prefixes.add("both");
        KeyFilter filter = new KeyFilter(keys, prefixes);
        for (String k : keys) {
            assertTrue((filter.flags(k) & KeyFilter.KEY) != 0, k);
        }
        for (String p : prefixes) {
            assertTrue((filter.flags(p) & KeyFilter.PREFIX) != 0, p);
        }
        assertEquals(KeyFilter.KEY | KeyFilter.PREFIX, filter.flags("both"));
    }

    @Test
    void mostStringsNeverStoredAreAnsweredNoAtOnce() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            keys.add("key " + i);
        }
        KeyFilter filter = new KeyFilter(keys, List.of());
        int maybe = 0;
        for (int i = 0; i < 50_000; i++) {
            maybe += filter.flags("other " + i) == 0 ? 0 : 1;
        }
        assertTrue(maybe < 2_500, maybe + " of 50000 strings never stored were answered maybe");
    }

    @Test
    void anEmptyFilterAnswersNo() {
        assertEquals(0, new KeyFilter(List.of(), List.of()).flags("anything"));
    }
}
