package org.opencac.api.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.note.PatientSex;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.system.DateOfService;
import org.opencac.models.codeset.CodeSystem;

/**
 * {@code opencac code NOTE_FILE [--setting outpatient|inpatient] [--date-of-service YYYY-MM-DD]
 * [--sex male|female|unknown] [--json [--mentions]] [--max N]}: codes one note file; with {@code --mentions} the JSON
 * also lists every concept mention and whether (or why not) it was coded. A date of service picks each system's
 * code-set release valid on it (a warning when none is); the patient's sex, when given, decides codes for one sex
 * only (else the note is read for it), as the HTTP request's {@code sex} field does.
 */
public final class CodeCommand {
    private CodeCommand() {
    }

    public static final String USAGE =
            "opencac code NOTE_FILE|- [--setting outpatient|inpatient] [--date-of-service YYYY-MM-DD] [--sex male|female|unknown]"
            + " [--json [--mentions]] [--max N]";

    /**
     * Parsed arguments.
     *
     * @param file    the note file, or "-" for standard input
     * @param setting the setting
     * @param json    print JSON instead of a table
     * @param max      suggestions to print
     * @param mentions with --json, also print every mention and its outcome
     * @param dateOfService the date of service, or null (the newest releases)
     * @param sex     the patient's sex, UNKNOWN when not given (then the note is read for it)
     */
    public record Args(String file, CareSetting setting, boolean json, int max, boolean mentions,
                       java.time.LocalDate dateOfService, PatientSex sex) {
        public static Args parse(List<String> args) {
            String file = null;
            CareSetting setting = CareSetting.OUTPATIENT;
            boolean json = false;
            boolean mentions = false;
            int max = 25;
            java.time.LocalDate date = null;
            PatientSex sex = PatientSex.UNKNOWN;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--json" -> json = true;
                    case "--mentions" -> mentions = true;
                    case "--setting" -> setting = CareSetting.parse(CommandArgs.value(args, ++i, a))
                            .orElseThrow(() -> new UsageException("--setting must be outpatient or inpatient"));
                    case "--date-of-service" -> date = dateOption(CommandArgs.value(args, ++i, a), a);
                    case "--sex" -> sex = PatientSex.parse(CommandArgs.value(args, ++i, a))
                            .orElseThrow(() -> new UsageException("--sex must be male, female or unknown"));
                    case "--max" -> {
                        try {
                            max = Integer.parseInt(CommandArgs.value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new UsageException("--max must be a whole number");
                        }
                    }
                    default -> {
                        if (a.startsWith("--")) {
                            throw new UsageException("unknown option " + a);
                        }
                        if (file != null) {
                            throw new UsageException("only one note file at a time");
                        }
                        file = a;
                    }
                }
            }
            if (file == null) {
                throw new UsageException("a note file is required");
            }
            if (mentions && !json) {
                throw new UsageException("--mentions needs --json");
            }
            return new Args(file, setting, json, max, mentions, date, sex);
        }

        /** A {@code --date-of-service} value: a real date written YYYY-MM-DD. */
        static java.time.LocalDate dateOption(String raw, String option) {
            return DateOfService.parse(raw)
                    .orElseThrow(() -> new UsageException(option + " must be a date written YYYY-MM-DD"));
        }
    }

    public static String readNote(String file) throws IOException {
        if (file.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new UsageException("no such file: " + file);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    public static void run(Args args, Pipeline pipeline, PrintStream out) throws IOException {
        String text = readNote(args.file());
        if (text.isBlank()) {
            throw new UsageException("the note file is empty: " + args.file());
        }
        Note note = new Note(text, args.setting(), args.sex());
        CodingResult result = args.dateOfService() == null ? pipeline.code(note)
                : pipeline.code(note, List.of(), args.dateOfService());
        List<Suggestion> top = result.suggestions().stream().limit(args.max()).toList();
        if (args.json()) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("codeSystem", result.codeSetVersion().system().displayName());
            body.put("codeSetVersion", result.codeSetVersion().label());
            body.put("setting", args.setting().wireName());
            if (args.dateOfService() != null) {
                body.put("dateOfService", args.dateOfService().toString());
            }
            if (args.sex() != PatientSex.UNKNOWN) {
                body.put("sex", args.sex().wireName());
            }
            if (!result.warnings().isEmpty()) {
                body.put("warnings", result.warnings());
            }
            body.put("suggestions", top);
            body.put("queries", result.queries());
            body.put("systems", result.systems());
            if (args.mentions()) {
                body.put("mentions", result.mentions());
            }
            out.println(m.writeValueAsString(body));
            return;
        }
        out.println(result.codeSetVersion().label() + ", " + args.setting().wireName() + ": "
                + top.size() + " suggestion(s)" + (args.dateOfService() == null ? ""
                : ", date of service " + args.dateOfService()));
        for (String w : result.warnings()) {
            out.println("WARNING " + w);
        }
        out.printf("%-9s %-5s %-60s %s%n", "CODE", "SCORE", "DESCRIPTION", "EVIDENCE");
        for (Suggestion s : top) {
            String evidence = s.evidence().stream().map(CodeCommand::describe).reduce((a, b) -> a + "; " + b).orElse("");
            out.printf("%-9s %.2f  %-60s %s%n", s.code(), s.score(), clip(s.description(), 60), evidence);
        }
        for (var q : result.queries()) {
            out.println("QUERY " + q.code() + " (" + q.missing() + "): " + q.prompt());
        }
        for (var system : result.systems()) {
            if (system.codeSystem() == CodeSystem.ICD10CM) {
                continue;
            }
            out.println();
            out.println(system.codeSetVersion().label() + ": " + system.suggestions().size() + " suggestion(s)");
            for (Suggestion s : system.suggestions().stream().limit(args.max()).toList()) {
                String evidence = s.evidence().stream().map(CodeCommand::describe).reduce((a, b) -> a + "; " + b).orElse("");
                out.printf("%-9s %.2f  %-60s %s%n", s.code() + (s.units() > 1 ? " x" + s.units() : ""), s.score(),
                        clip(s.description(), 60), evidence);
            }
            for (var q : system.queries()) {
                out.println("QUERY " + q.code() + " (" + q.missing() + "): " + q.prompt());
            }
        }
    }

    private static String describe(EvidenceSpan e) {
        return "\"" + e.text().replaceAll("\\s+", " ") + "\" [" + e.start() + "-" + e.end() + ", " + e.section()
                + (e.assertion().equals("present") ? "" : ", " + e.assertion()) + "]";
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 3) + "...";
    }
}
