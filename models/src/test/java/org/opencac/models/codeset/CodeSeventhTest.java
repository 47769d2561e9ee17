package org.opencac.models.codeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSeventhTest {
    private static final List<SeventhCharacter> ENCOUNTERS = List.of(new SeventhCharacter('A', "initial encounter"),
            new SeventhCharacter('D', "subsequent encounter"));

    private static Code code(String code, List<SeventhCharacter> seventh) {
        return new Code(code, "title", true, null, "", "", List.of(), seventh);
    }

    @Test
    void aSevenCharacterCodeWithAnExtensionHasASeventh() {
        Code c = code("S52.502D", ENCOUNTERS);
        assertTrue(c.hasSeventh());
        assertEquals('D', c.seventh());
    }

    @Test
    void aSevenCharacterCodeWithoutAnExtensionTableHasNone() {
        assertFalse(code("E11.3211", List.of()).hasSeventh());
    }

    @Test
    void aShorterCodeUnderAnExtensionTableHasNone() {
        assertFalse(code("S52.502", ENCOUNTERS).hasSeventh());
    }
}
