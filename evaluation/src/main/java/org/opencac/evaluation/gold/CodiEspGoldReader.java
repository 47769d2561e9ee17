package org.opencac.evaluation.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.opencac.evaluation.Codes;
import org.opencac.evaluation.Span;

/**
 * Reads a CodiEsp-style corpus: a folder of {@code <id>.txt} notes plus a tab-separated code file.
 * Two layouts are accepted, line by line:
 * <ul>
 *   <li>{@code id<TAB>code}: the code is in the two-column system given to the constructor;</li>
 *   <li>{@code id<TAB>type<TAB>code<TAB>label<TAB>offsets}: type DIAGNOSTICO/diagnosis means
 *       ICD-10-CM and PROCEDIMIENTO/procedure ICD-10-PCS; offsets are {@code 12 20} or
 *       {@code 12 20;25 30}. Rows repeating a code of a note add spans to it.</li>
 * </ul>
 * Every {@code .txt} note becomes a gold note, with no codes if the TSV has none for it. Blank
 * lines and lines starting with {@code #} are skipped.
 */
public final class CodiEspGoldReader {
    private final String setting;
    private final String twoColumnSystem;

    /**
     * @param setting         the care setting of every note ("outpatient" or "inpatient")
     * @param twoColumnSystem the system of codes in {@code id<TAB>code} lines
     */
    public CodiEspGoldReader(String setting, String twoColumnSystem) {
        if (!Settings.isValid(setting)) {
            throw new IllegalArgumentException("setting must be outpatient or inpatient, was " + setting);
        }
        this.setting = setting;
        this.twoColumnSystem = twoColumnSystem;
    }

    /** Reads the notes and codes or throws {@link GoldFormatException} at the first problem. */
    public GoldSet read(Path notesFolder, Path codesFile) {
        Map<String, String> texts = texts(notesFolder);
        Map<String, Map<String, GoldCode>> codes = new LinkedHashMap<>();
        List<String> lines = lines(codesFile);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String id = columns[0].trim();
            if (!texts.containsKey(id)) {
                throw new GoldFormatException(codesFile, i + 1, "unknown note id '" + id + "' (no " + id + ".txt)");
            }
            GoldCode code = code(codesFile, i + 1, columns, texts.get(id).length());
            codes.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .merge(code.system() + " " + code.code(), code, JsonLinesGoldReader::mergeSpans);
        }
        List<GoldNote> notes = new ArrayList<>();
        texts.forEach((id, text) -> notes.add(new GoldNote(id, text, setting,
                List.copyOf(codes.getOrDefault(id, Map.of()).values()))));
        return new GoldSet(codesFile.getFileName().toString(), notes);
    }

    private GoldCode code(Path file, int line, String[] columns, int textLength) {
        if (columns.length == 2 && !columns[1].isBlank()) {
            return new GoldCode(twoColumnSystem, Codes.normalize(twoColumnSystem, columns[1]), List.of());
        }
        if (columns.length != 5) {
            throw new GoldFormatException(file, line, "expected 2 or 5 tab-separated columns, found " + columns.length);
        }
        String system = system(file, line, columns[1]);
        if (columns[2].isBlank()) {
            throw new GoldFormatException(file, line, "missing code");
        }
        return new GoldCode(system, Codes.normalize(system, columns[2]), spans(file, line, columns[4], textLength));
    }

    private static String system(Path file, int line, String type) {
        return switch (type.trim().toUpperCase(Locale.ROOT)) {
            case "DIAGNOSTICO", "DIAGNOSIS" -> Codes.ICD10CM;
            case "PROCEDIMIENTO", "PROCEDURE" -> Codes.ICD10PCS;
            default -> throw new GoldFormatException(file, line, "unknown code type '" + type + "'");
        };
    }

    private static List<Span> spans(Path file, int line, String offsets, int textLength) {
        List<Span> spans = new ArrayList<>();
        for (String pair : offsets.trim().split(";")) {
            String[] ends = pair.trim().split("\\s+");
            try {
                int start = Integer.parseInt(ends[0]);
                int end = Integer.parseInt(ends[1]);
                if (ends.length != 2 || start < 0 || end < start || end > textLength) {
                    throw new GoldFormatException(file, line, "offsets '" + pair.trim()
                            + "' out of range for a text of " + textLength + " characters");
                }
                spans.add(new Span(start, end));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new GoldFormatException(file, line, "offsets must look like '12 20' or '12 20;25 30', was '"
                        + offsets + "'");
            }
        }
        return spans;
    }

    private static Map<String, String> texts(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                String name = file.getFileName().toString();
                texts.put(name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notes folder " + folder, e);
        }
        return texts;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read codes file " + file, e);
        }
    }
}
