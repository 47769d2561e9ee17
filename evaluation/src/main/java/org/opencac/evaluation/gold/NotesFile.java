package org.opencac.evaluation.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.tukaani.xz.XZInputStream;

/**
 * A JSON Lines file of notes, one {@code {"id": "...", "text": "..."}} object a line (other fields are
 * ignored), plain or xz-compressed ({@code .xz}). Used to attach note text to a gold file that holds
 * only ids and codes, so real notes never have to be copied into the repository.
 */
public final class NotesFile {
    private final ObjectMapper json = new ObjectMapper();
    private final Path file;

    public NotesFile(Path file) {
        this.file = file;
    }

    /**
     * The texts of the wanted notes by id. Notes not asked for are skipped; a wanted id missing from the
     * file is simply absent from the map (the caller names it).
     *
     * @throws GoldFormatException on a line that is not a JSON object with string id and text
     */
    public Map<String, String> texts(Set<String> wanted) {
        if (!Files.isRegularFile(file)) {
            throw new GoldFormatException(file, 0, "notes file not found");
        }
        Map<String, String> texts = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = parse(line, number);
                JsonNode id = node.get("id");
                JsonNode text = node.get("text");
                if (id == null || !id.isTextual() || text == null || !text.isTextual()) {
                    throw new GoldFormatException(file, number, "a note needs string fields 'id' and 'text'");
                }
                if (wanted.contains(id.asText())) {
                    texts.put(id.asText(), text.asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notes file " + file, e);
        }
        return texts;
    }

    private InputStream open() throws IOException {
        InputStream raw = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".xz") ? new XZInputStream(raw) : raw;
    }

    private JsonNode parse(String line, int number) {
        try {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject()) {
                throw new GoldFormatException(file, number, "expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, number, "bad JSON: " + e.getOriginalMessage());
        }
    }
}
