package org.opencac.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.opencac.api.TestModels;

/** Runs a batch on the test models with its progress and error streams silenced, and reads its output lines. */
final class BatchOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchOutput() {
    }

    /** The batch's output lines (its {@code args}' output file, once it has run), by their {@code id}. */
    static Map<String, JsonNode> byId(BatchCommand.Args args) throws Exception {
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            BatchCommand.run(args, TestModels.pipeline(), new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (String l : Files.readAllLines(args.output())) {
            JsonNode n = JSON.readTree(l);
            byId.put(n.get("id").asText(), n);
        }
        return byId;
    }
}
