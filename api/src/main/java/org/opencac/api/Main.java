package org.opencac.api;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.opencac.api.auth.ApiKeys;
import org.opencac.api.auth.Role;
import org.opencac.api.cli.AssertionEvalCommand;
import org.opencac.api.cli.AuditCommand;
import org.opencac.api.cli.BatchCommand;
import org.opencac.api.cli.CodeCommand;
import org.opencac.api.cli.DiffCommand;
import org.opencac.api.cli.EvalCommand;
import org.opencac.api.cli.KeysCommand;
import org.opencac.api.cli.LearningSimCommand;
import org.opencac.api.cli.UsageException;
import org.opencac.api.fhir.FhirCoding;
import org.opencac.api.http.DeferredPart;
import org.opencac.api.http.HttpServer;
import org.opencac.engine.Pipeline;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.convention.PatientSexCheck;
import org.opencac.engine.cpt.CptModule;
import org.opencac.engine.hcpcs.HcpcsModule;
import org.opencac.engine.mention.TriggerVocabulary;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.pcs.PcsModule;
import org.opencac.engine.system.CodeSystemModule;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.cpt.CptCodeSet;
import org.opencac.models.io.StartupTimer;
import org.opencac.workbench.store.Store;
import org.slf4j.LoggerFactory;

/**
 * Entry point. Wiring in reading order: settings, models, pipeline, then the HTTP server or a command.
 * With no arguments (or {@code serve}) it serves HTTP; other subcommands are the CLI.
 */
public final class Main {
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar opencac.jar [command]",
            "  serve                       start the HTTP service (default; port from OPENCAC_PORT, default 8080)",
            "  " + CodeCommand.USAGE,
            "  " + EvalCommand.USAGE,
            "  " + DiffCommand.USAGE,
            "  " + BatchCommand.USAGE,
            "  " + AssertionEvalCommand.USAGE,
            "  " + LearningSimCommand.USAGE,
            "  " + AuditCommand.USAGE,
            "  index                       build the code index in the cache directory and print code-set counts",
            "  warm-up                     start the service on a free loopback port, code one note, exit (for a class archive:",
            "                              java -XX:ArchiveClassesAtExit=opencac.jsa -jar opencac.jar warm-up)",
            "  " + KeysCommand.USAGE,
            "  help                        this text");

    /** The workbench store and the FHIR mapping are made after the first answer, or this long after being ready. */
    static final java.time.Duration DEFERRED_PARTS_AT_THE_LATEST = java.time.Duration.ofSeconds(5);
    /** How long a stop waits for a workbench store still being opened (its migration) before the JVM exits. */
    static final java.time.Duration STORE_AT_STOP = java.time.Duration.ofSeconds(30);

    private Main() {
    }

    public static void main(String[] argv) {
        List<String> args = Arrays.asList(argv);
        String command = args.isEmpty() ? "serve" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            int status = run(command, rest);
            if (status >= 0) {
                System.exit(status);
            }
        } catch (UsageException e) {
            System.err.println("opencac: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IllegalArgumentException e) {
            System.err.println("opencac: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("opencac: " + e);
            System.exit(1);
        }
    }

    static int run(String command, List<String> args) throws Exception {
        if (command.equals("help") || command.equals("--help") || command.equals("-h")) {
            System.out.println(USAGE);
            return 0;
        }
        if (!List.of("serve", "code", "index", "eval", "batch", "assertion-eval", "learning-sim", "keys", "audit", "warm-up")
                .contains(command)) {
            throw new UsageException("unknown command " + command);
        }
        if (command.equals("assertion-eval")) {
            Settings s = Settings.load(System.getenv());
            chooseJit(s.jit(), command, 0, () -> 0);
            AssertionEvalCommand.run(args, System.out, () -> pipeline(ModelBundle.load(s.cacheDir()), s));
            return 0;
        }
        if (command.equals("eval") && !args.isEmpty() && args.get(0).equals("diff")) {
            DiffCommand.run(args.subList(1, args.size()), System.out);
            return 0;
        }
        Settings settings = Settings.load(System.getenv());
        if (command.equals("keys")) {
            return KeysCommand.run(args, ServiceOptions.load(System.getenv()).dataDir(), System.out);
        }
        if (command.equals("serve")) {
            chooseJit(settings.jit(), command, 0, () -> 0);
            serve(settings, ServiceOptions.load(System.getenv()));
            ClassArchive.refreshIfUnused(settings.cacheDir());
            return -1;
        }
        if (command.equals("warm-up")) {
            // What a service's start and first answer load (for the class archive, ClassArchive): start the
            // service as configured, but on a free loopback port without authentication (it only answers
            // itself), code one note over HTTP, wait for the FHIR mapping, stop.
            chooseJit(settings.jit(), "serve", 0, () -> 0);
            Settings loopback = new Settings("127.0.0.1", 0, settings.cacheDir(), settings.maxNoteChars(),
                    settings.maxSuggestions(), settings.threads(), settings.store(), settings.cptFile(), settings.jit());
            java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
            env.put("OPENCAC_AUTH", "off");
            Served served = serve(loopback, ServiceOptions.load(env));
            return warmUp(served);   // the exit stops the service (its shutdown hook)
        }
        // Arguments are checked before the models load, so a typo fails at once.
        CodeCommand.Args codeArgs = command.equals("code") ? CodeCommand.Args.parse(args) : null;
        EvalCommand.Args evalArgs = command.equals("eval") ? EvalCommand.Args.parse(args, settings.threads()) : null;
        BatchCommand.Args batchArgs = command.equals("batch") ? BatchCommand.Args.parse(args, settings.threads()) : null;
        LearningSimCommand.Args simArgs = command.equals("learning-sim") ? LearningSimCommand.Args.parse(args) : null;
        AuditCommand.Args auditArgs = command.equals("audit") ? AuditCommand.Args.parse(args, settings.threads()) : null;
        chooseJit(settings.jit(), command, batchArgs == null ? 0 : batchArgs.threads(),
                () -> batchArgs.notesPerThreadUpTo(JitMode.TIERED_FROM_NOTES_PER_THREAD));
        ModelBundle models = StartupTimer.time("models", () -> ModelBundle.load(settings.cacheDir()));
        Pipeline pipeline = pipeline(models, settings);
        switch (command) {
            case "code" -> CodeCommand.run(codeArgs, pipeline, System.out);
            case "eval" -> EvalCommand.run(evalArgs, models, pipeline, System.out);
            case "batch" -> BatchCommand.run(batchArgs, pipeline, System.out);
            case "learning-sim" -> LearningSimCommand.run(simArgs, models, pipeline, System.out);
            case "audit" -> AuditCommand.run(auditArgs, pipeline, System.out);
            case "index" -> {
                // the tables the Tabular resolution keeps beside the index, so that no later start makes them
                CodeResolver.standard(models.codeSet(), models.index());
                // and the code set's words the trigger vocabulary keeps there (acronyms, "X NOS" inclusions)
                TriggerVocabulary.standard(models.codeSet(), models.alphabeticIndex(),
                        models.index().derivedDir());
                // the lexicon word of each adjectival form, and the codes for one sex with their counterparts
                WordForms.standard(models.lexicon(), models.alphabeticIndex(),
                        models.index().derivedDir());
                PatientSexCheck.standard(models.codeSet(), models.index().derivedDir());
                System.out.println(models.codeSet().version().label() + ": " + models.codeSet().report());
                System.out.println("lexicon terms: " + models.lexicon().size() + ", index documents: "
                        + models.index().documentCount() + ", cache: " + settings.cacheDir());
                System.out.println("Alphabetic Index FY" + models.alphabeticIndex().version() + " carried to "
                        + models.codeSet().version().label() + ": " + models.alphabeticIndex().report());
            }
            default -> throw new UsageException("unknown command " + command);
        }
        return 0;
    }

    /** Runs each task on a new daemon thread of that name (a start-up part beside the others). */
    private static Executor daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }

    /** Limits the JIT to C1 when the setting says this command runs better so ({@link JitMode}). */
    private static void chooseJit(JitMode mode, String command, int batchThreads,
                                  java.util.function.LongSupplier notesPerThread) {
        if (mode.c1Only(command, batchThreads, Runtime.getRuntime().availableProcessors(), notesPerThread)) {
            daemon("jit-setup").execute(CompilerDirectives::limitToC1);
        }
    }

    /** The ICD-10-CM pipeline with the procedure, supply and service code systems after it. */
    static Pipeline pipeline(ModelBundle models, Settings settings) {
        return StartupTimer.time("ICD-10-CM pipeline", () -> Pipeline.standard(models, daemon("pipeline-part"))).withModules(modules(settings));
    }

    /** The procedure, supply and service code systems (independent of the ICD-10-CM models). */
    static List<CodeSystemModule> modules(Settings settings) {
        return List.of(StartupTimer.time("ICD-10-PCS module", PcsModule::bundled),
                StartupTimer.time("HCPCS module", () -> HcpcsModule.bundled(settings.cacheDir())),
                StartupTimer.time("CPT module", () -> CptModule.of(CptCodeSet.configured(settings.cptFile()))));
    }

    /**
     * Starts loading the models and the code-system modules on threads of their own (they are independent)
     * and returns the pipeline to come, so the caller can start the HTTP server meanwhile.
     */
    static CompletableFuture<LoadedPipeline> loadInBackground(Settings settings) {
        Executor own = daemon("startup-loader");
        CompletableFuture<List<CodeSystemModule>> modules = CompletableFuture.supplyAsync(() -> modules(settings), own);
        return CompletableFuture.supplyAsync(() -> StartupTimer.time("models", () -> ModelBundle.load(settings.cacheDir())), own)
                .thenCombine(modules, (models, m) -> new LoadedPipeline(models,
                        StartupTimer.time("ICD-10-CM pipeline", () -> Pipeline.standard(models, daemon("pipeline-part"))).withModules(m)));
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The models and the pipeline built on them.
     *
     * @param models   the loaded models
     * @param pipeline the full pipeline
     */
    record LoadedPipeline(ModelBundle models, Pipeline pipeline) {
    }

    /**
     * Serves HTTP: starts loading the models in the background, listens (health answers, ready is 503
     * meanwhile), then installs the coding routes once the models are loaded; SIGTERM stops gracefully (in-flight requests finish within the shutdown timeout).
     */
    static Served serve(Settings settings, ServiceOptions options) {
        long t0 = System.nanoTime();
        CompletableFuture<LoadedPipeline> loading = loadInBackground(settings);
        ApiKeys keys = null;
        if (options.authEnabled()) {
            keys = ApiKeys.open(options.dataDir());
            if (keys.list().isEmpty()) {
                ApiKeys.NewKey first = keys.create(Role.ADMIN, "initial admin");
                // Printed once, to the terminal only (not the log): only its hash is kept.
                System.err.println("OpenCAC: no API key was configured, so an admin key was created (shown once):");
                System.err.println("    " + first.token());
                System.err.println("  key id " + first.stored().id() + ", stored hashed in " + keys.file()
                        + "; create more with: opencac keys create --role coder|integrator|admin --name NAME");
            }
        } else {
            LoggerFactory.getLogger(Main.class).warn("authentication is OFF (OPENCAC_AUTH=off): every route is open; "
                    + "use only for local development");
        }
        ApiKeys authKeys = keys;
        HttpServer.Service service = StartupTimer.time("HTTP server", () -> {
            HttpServer.Service booted = HttpServer.boot(settings, options, authKeys);
            booted.app().start();
            return booted;
        });
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "graceful-shutdown"));
        System.err.println("OpenCAC listening on http://" + settings.host() + ":" + service.app().port()
                + " (loading models; /health/ready answers 503 until they are loaded)");
        LoadedPipeline loaded = joined(loading);
        Pipeline pipeline = loaded.pipeline();
        // The workbench store (database pool and schema migration, about 0.4 s of CPU) and the FHIR mapping
        // (HAPI's scan of its resource model, about a second) serve no note's coding: they are made after the
        // first answer (or a few seconds after the service is ready without one), so that a start-up's first
        // answer has the cores; their routes are in at once, and a request that comes earlier waits for them.
        DeferredPart<Store> store = new DeferredPart<>("store-opener",
                () -> StartupTimer.time("workbench store", () -> Store.open(settings.store())));
        DeferredPart<FhirCoding> fhir = new DeferredPart<>("fhir-mapping",
                () -> StartupTimer.time("FHIR mapping", FhirCoding::new));
        StartupTimer.time("coding routes and workbench", () -> {
            HttpServer.install(service, loaded.models(), pipeline, store, fhir);
            return service;
        });
        service.readiness().part("workbenchStore", store.made());
        service.readiness().part("fhirMapping", fhir.made());
        service.app().events(e -> e.serverStopped(() -> store.whenMade(Store::close)));
        // A stop soon after the first answer finds the store still being opened: its schema migration finishes
        // before the JVM exits (the JVM waits for every shutdown hook), so the database is never left half-migrated.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> store.awaitIfBegun(STORE_AT_STOP), "store-at-stop"));
        store.made().exceptionally(failed -> {
            LoggerFactory.getLogger(Main.class).error("the workbench store could not be opened; the workbench routes "
                    + "will answer with an error", failed);
            return null;
        });
        fhir.made().exceptionally(failed -> {
            LoggerFactory.getLogger(Main.class).error("the FHIR mapping could not be made; the FHIR and CDS Hooks "
                    + "routes will answer 500", failed);
            return null;
        });
        HttpServer.afterFirstNote(service, DEFERRED_PARTS_AT_THE_LATEST, () -> {
            store.begin();
            fhir.begin();
        });
        System.err.println("OpenCAC serving " + pipeline.version().label() + " on http://" + settings.host() + ":"
                + service.app().port() + " (models loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms)");
        return new Served(service, store, fhir);
    }

    /**
     * A started service.
     *
     * @param service the HTTP service, coding
     * @param store   the workbench store, opened after the first answer
     * @param fhir    the FHIR mapping, made after the first answer
     */
    record Served(HttpServer.Service service, DeferredPart<Store> store, DeferredPart<FhirCoding> fhir) {
    }

    /** Codes one note through the service's own port, waits for the store and the FHIR mapping: 0 when all worked. */
    private static int warmUp(Served served) throws java.io.IOException {
        var url = java.net.URI.create("http://127.0.0.1:" + served.service().app().port() + "/v1/suggest").toURL();
        var http = (java.net.HttpURLConnection) url.openConnection();
        http.setRequestMethod("POST");
        http.setRequestProperty("Content-Type", "application/json");
        http.setDoOutput(true);
        try (var out = http.getOutputStream()) {
            out.write(("{\"text\":\"Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease, stage 3. "
                    + "Essential hypertension. Plan: continue metformin.\",\"setting\":\"outpatient\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int code = http.getResponseCode();
        try (var in = code < 400 ? http.getInputStream() : http.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        served.store().get();
        served.fhir().get();
        System.err.println("OpenCAC warm-up: POST /v1/suggest answered " + code);
        return code == 200 ? 0 : 1;
    }
}
