package org.opencac.models.codeset.cpt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.io.Resources;

/**
 * The CPT codes the engine may suggest, and where their descriptions come from: either the team's list
 * (code numbers of common services with descriptions the team wrote itself, no AMA text) or a user's
 * licensed CPT file (tab-delimited code and descriptor), which replaces the list and enables every code.
 *
 * @param version  "CPT team list" or "CPT licensed file NAME"
 * @param source   "team-list" or "licensed-file"
 * @param codes    code to description
 */
public record CptCodeSet(CodeSetVersion version, String source, Map<String, String> codes) {
    public static final String TEAM_LIST = "data/cpt/cpt_team_list.tsv";

    public CptCodeSet {
        codes = Map.copyOf(codes);
    }

    public Optional<String> description(String code) {
        return Optional.ofNullable(codes.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The team's list bundled in the repository. */
    public static CptCodeSet teamList() {
        try (InputStream in = Resources.bundled(TEAM_LIST)) {
            return new CptCodeSet(new CodeSetVersion(CodeSystem.CPT, "team list"), "team-list", read(in, TEAM_LIST, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A licensed CPT file: one code per line, tab, descriptor; "#" comments and blank lines skipped. */
    public static CptCodeSet licensedFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the CPT file does not exist: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, String> codes = read(in, file.toString(), false);
            return new CptCodeSet(new CodeSetVersion(CodeSystem.CPT, "licensed file " + file.getFileName()),
                    "licensed-file", codes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CPT file " + file, e);
        }
    }

    /** The licensed file when a path is configured, else the team list. */
    public static CptCodeSet configured(Path licensedFileOrNull) {
        return licensedFileOrNull == null ? teamList() : licensedFile(licensedFileOrNull);
    }

    static Map<String, String> read(InputStream in, String name, boolean headerComments) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 2);
            String code = c[0].trim().toUpperCase(Locale.ROOT);
            if (c.length != 2 || !code.matches("\\d{4}[0-9A-Z]") || c[1].isBlank()) {
                throw new IllegalArgumentException(name + " line " + n
                        + ": expected a five-character CPT code, a tab and a descriptor");
            }
            codes.put(code, c[1].trim());
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(name + ": no CPT codes");
        }
        return codes;
    }
}
