package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void splitsExactlyAsTheRegexOfOptionalCarriageReturnAndNewline() {
        for (String text : List.of("", "one", "one\n", "one\ntwo", "one\r\ntwo\r\n", "\n", "\n\n\n", "\nlead",
                "a\r\rb\r\n", "a\n\r\nb", "trail\n\n\r\n", "\r", "x\ry", "a\n\nb\n")) {
            assertEquals(Arrays.asList(text.split("\\r?\\n")), Lines.split(text), text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }
}
