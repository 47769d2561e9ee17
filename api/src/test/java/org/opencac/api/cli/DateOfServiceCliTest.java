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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.api.TestModels;

/** {@code code --date-of-service} and {@code batch} (option and JSONL field) pick the release for the date. */
class DateOfServiceCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = "Assessment: essential hypertension.";

    @TempDir
    Path dir;

    private JsonNode code(List<String> args) throws Exception {
        Path note = Files.writeString(dir.resolve("note.txt"), NOTE);
        List<String> all = new java.util.ArrayList<>(List.of(note.toString(), "--json"));
        all.addAll(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CodeCommand.run(CodeCommand.Args.parse(all), TestModels.pipeline(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDateOutsideTheLoadedReleaseIsCodedWithAWarning() throws Exception {
        JsonNode r = code(List.of("--date-of-service", "2019-05-02", "--setting", "inpatient"));
        assertEquals("2019-05-02", r.get("dateOfService").asText());
        assertTrue(r.get("warnings").toString().contains("date of service 2019-05-02"), r.toString());
        assertEquals("I10", r.get("suggestions").get(0).get("code").asText(), "still coded");
    }

    @Test
    void aDateInTheLoadedReleaseOrNoDateGivesNoWarning() throws Exception {
        assertFalse(code(List.of("--date-of-service", "2026-03-14", "--setting", "inpatient")).has("warnings"));
        JsonNode undated = code(List.of("--setting", "inpatient"));
        assertFalse(undated.has("warnings"));
        assertFalse(undated.has("dateOfService"));
    }

    @Test
    void aDateNotWrittenYyyyMmDdIsAUsageError() {
        for (String bad : List.of("14/03/2026", "2026-02-30", "2026-3-14")) {
            UsageException e = assertThrows(UsageException.class,
                    () -> CodeCommand.Args.parse(List.of("n.txt", "--date-of-service", bad)));
            assertTrue(e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
            assertThrows(UsageException.class, () -> BatchCommand.Args.parse(
                    List.of(dir.toString(), "out.jsonl", "--date-of-service", bad), 1));
        }
    }

    @Test
    void batchLinesUseTheirOwnDateElseTheOptionsAndABadDateFailsOnlyItsLine() throws Exception {
        Path in = dir.resolve("notes.jsonl");
        Files.write(in, List.of(
                line("dated-2019", "2019-05-02"),
                line("undated", null),
                line("bad-date", "May 2, 2019")));
        Path out = dir.resolve("out.jsonl");
        BatchCommand.Args args = BatchCommand.Args.parse(List.of(in.toString(), out.toString(), "--threads", "1",
                "--date-of-service", "2026-03-14"), 1);
        assertEquals(LocalDate.of(2026, 3, 14), args.dateOfService());
        Map<String, JsonNode> byId = BatchOutput.byId(args);
        assertEquals("2019-05-02", byId.get("dated-2019").get("dateOfService").asText());
        assertTrue(byId.get("dated-2019").get("warnings").toString().contains("date of service 2019-05-02"));
        assertEquals("2026-03-14", byId.get("undated").get("dateOfService").asText(), "the option's date");
        assertFalse(byId.get("undated").has("warnings"), byId.get("undated").toString());
        assertTrue(byId.get("bad-date").get("error").asText().contains("dateOfService"), byId.get("bad-date").toString());
    }

    private static String line(String id, String date) throws Exception {
        Map<String, Object> m = new HashMap<>(Map.of("id", id, "text", NOTE, "setting", "inpatient"));
        if (date != null) {
            m.put("dateOfService", date);
        }
        return JSON.writeValueAsString(m);
    }
}
