package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleJsonTest {
    private static JsonNode rule(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void theTextsOfAnArrayComeInOrder() throws Exception {
        JsonNode r = rule("{\"words\": [\"wheeze\", \"cough\"]}");
        assertEquals(List.of("wheeze", "cough"), RuleJson.strings(r, "words"));
        assertEquals(List.of("wheeze", "cough"), RuleJson.strings(r.path("words")));
    }

    @Test
    void aMissingFieldHasNoTexts() throws Exception {
        assertTrue(RuleJson.strings(rule("{}"), "words").isEmpty());
    }

    @Test
    void theTextsCannotBeChanged() throws Exception {
        List<String> words = RuleJson.strings(rule("{\"words\": [\"wheeze\"]}"), "words");
        assertThrows(UnsupportedOperationException.class, () -> words.add("cough"));
    }
}
