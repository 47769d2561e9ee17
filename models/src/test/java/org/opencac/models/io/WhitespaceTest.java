package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void regexSpaceIsWhatTheRegexClassReadsForEveryChar() {
        Pattern space = Pattern.compile("\\s");
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(space.matcher(String.valueOf(ch)).matches(), Whitespace.isRegexSpace(ch),
                    () -> "U+" + Integer.toHexString(ch));
        }
    }
}
