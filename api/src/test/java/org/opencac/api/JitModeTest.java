package org.opencac.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JitModeTest {

    private static final java.util.function.LongSupplier NOT_ASKED = () -> {
        throw new AssertionError("the notes were counted for a command that is not a batch");
    };

    @Test
    void autoKeepsBothCompilersForTheServiceAndLimitsCommandsToC1() {
        assertFalse(JitMode.AUTO.c1Only("serve", 0, 2, NOT_ASKED));
        for (String command : new String[] {"code", "eval", "audit", "index", "assertion-eval"}) {
            assertTrue(JitMode.AUTO.c1Only(command, 0, 2, NOT_ASKED), command);
        }
    }

    @Test
    void autoGivesABatchOnEveryCoreC1OnlyUnderThreeThousandNotesAThread() {
        assertTrue(JitMode.AUTO.c1Only("batch", 2, 2, () -> 885));
        assertTrue(JitMode.AUTO.c1Only("batch", 4, 2, () -> JitMode.TIERED_FROM_NOTES_PER_THREAD - 1));
        assertFalse(JitMode.AUTO.c1Only("batch", 2, 2, () -> JitMode.TIERED_FROM_NOTES_PER_THREAD));
    }

    @Test
    void autoGivesAShortBatchC1OnlyEvenWhenItLeavesACoreFree() {
        assertTrue(JitMode.AUTO.c1Only("batch", 1, 2, () -> 1769));
        assertTrue(JitMode.AUTO.c1Only("batch", 3, 8, () -> JitMode.TIERED_FROM_NOTES_PER_THREAD - 1));
        assertFalse(JitMode.AUTO.c1Only("batch", 1, 2, () -> JitMode.TIERED_FROM_NOTES_PER_THREAD));
    }

    @Test
    void c1AndTieredAreObeyedWhateverTheCommand() {
        assertTrue(JitMode.C1.c1Only("serve", 0, 2, NOT_ASKED));
        assertTrue(JitMode.C1.c1Only("batch", 1, 2, NOT_ASKED));
        assertFalse(JitMode.TIERED.c1Only("code", 0, 2, NOT_ASKED));
        assertFalse(JitMode.TIERED.c1Only("batch", 2, 2, NOT_ASKED));
    }

    @Test
    void theSettingIsReadFromTheEnvironmentAndABadValueIsRefusedWithTheChoices() {
        assertEquals(JitMode.AUTO, Settings.load(Map.of()).jit());
        assertEquals(JitMode.TIERED, Settings.load(Map.of("OPENCAC_JIT", "Tiered")).jit());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.load(Map.of("OPENCAC_JIT", "fast")));
        assertTrue(e.getMessage().contains("auto, c1 or tiered"), e.getMessage());
    }
}
