package org.opencac.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.api.TestModels;

/** {@code code --sex} and a batch line's {@code sex} field decide codes for one sex only, as the HTTP field does. */
class PatientSexCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Neither pronouns nor organs tell the sex: only the option or field can. */
    private static final String NOTE = "Cystoscopy for a narrowed urethra.\n\nASSESSMENT: Urethral stricture.";

    @TempDir
    Path dir;

    private JsonNode code(List<String> options) throws Exception {
        Path note = Files.writeString(dir.resolve("note.txt"), NOTE);
        List<String> all = new ArrayList<>(List.of(note.toString(), "--json"));
        all.addAll(options);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CodeCommand.run(CodeCommand.Args.parse(all), TestModels.pipeline(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> codes(JsonNode result) {
        return result.get("suggestions").findValuesAsText("code");
    }

    @Test
    void theSexOptionChoosesTheCodeOfThatSex() throws Exception {
        JsonNode woman = code(List.of("--sex", "female"));
        assertTrue(codes(woman).contains("N35.92"), codes(woman).toString());
        assertEquals("female", woman.get("sex").asText());
        JsonNode man = code(List.of("--sex", "male"));
        assertTrue(codes(man).contains("N35.919"), codes(man).toString());
        assertFalse(codes(man).contains("N35.92"), codes(man).toString());
        assertFalse(code(List.of()).has("sex"), "no option, no sex in the answer");
    }

    @Test
    void aSexOtherThanMaleFemaleOrUnknownIsAUsageError() {
        UsageException e = assertThrows(UsageException.class,
                () -> CodeCommand.Args.parse(List.of("n.txt", "--sex", "x")));
        assertTrue(e.getMessage().contains("--sex"), e.getMessage());
        assertThrows(UsageException.class, () -> CodeCommand.Args.parse(List.of("n.txt", "--sex")));
    }

    @Test
    void batchLinesUseTheirOwnSexAndABadSexFailsOnlyItsLine() throws Exception {
        Path in = dir.resolve("notes.jsonl");
        Files.write(in, List.of(line("woman", "female"), line("man", "M"), line("not-given", null),
                line("bad-sex", "x")));
        Path out = dir.resolve("out.jsonl");
        Map<String, JsonNode> byId = BatchOutput.byId(
                BatchCommand.Args.parse(List.of(in.toString(), out.toString(), "--threads", "1"), 1));
        assertTrue(byId.get("woman").get("codes").toString().contains("N35.92\""), byId.get("woman").toString());
        assertEquals("female", byId.get("woman").get("sex").asText());
        assertTrue(byId.get("man").get("codes").toString().contains("N35.919"), byId.get("man").toString());
        assertEquals("male", byId.get("man").get("sex").asText());
        assertFalse(byId.get("not-given").has("sex"), byId.get("not-given").toString());
        assertTrue(byId.get("bad-sex").get("error").asText().contains("sex"), byId.get("bad-sex").toString());
    }

    private static String line(String id, String sex) throws Exception {
        Map<String, Object> m = new HashMap<>(Map.of("id", id, "text", NOTE, "setting", "outpatient"));
        if (sex != null) {
            m.put("sex", sex);
        }
        return JSON.writeValueAsString(m);
    }
}
