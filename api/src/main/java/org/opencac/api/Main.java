package org.opencac.api;

import io.javalin.Javalin;
import java.util.Arrays;
import java.util.List;
import org.opencac.api.cli.AssertionEvalCommand;
import org.opencac.api.cli.BatchCommand;
import org.opencac.api.cli.CodeCommand;
import org.opencac.api.cli.DiffCommand;
import org.opencac.api.cli.EvalCommand;
import org.opencac.api.cli.UsageException;
import org.opencac.api.http.HttpServer;
import org.opencac.engine.Pipeline;
import org.opencac.models.ModelBundle;

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
            "  index                       build the code index in the cache directory and print code-set counts",
            "  help                        this text");

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
        if (!List.of("serve", "code", "index", "eval", "batch", "assertion-eval").contains(command)) {
            throw new UsageException("unknown command " + command);
        }
        if (command.equals("assertion-eval")) {
            AssertionEvalCommand.run(args, System.out);
            return 0;
        }
        if (command.equals("eval") && !args.isEmpty() && args.get(0).equals("diff")) {
            DiffCommand.run(args.subList(1, args.size()), System.out);
            return 0;
        }
        Settings settings = Settings.load(System.getenv());
        // Arguments are checked before the models load, so a typo fails at once.
        CodeCommand.Args codeArgs = command.equals("code") ? CodeCommand.Args.parse(args) : null;
        EvalCommand.Args evalArgs = command.equals("eval") ? EvalCommand.Args.parse(args, settings.threads()) : null;
        BatchCommand.Args batchArgs = command.equals("batch") ? BatchCommand.Args.parse(args, settings.threads()) : null;
        long t0 = System.nanoTime();
        ModelBundle models = ModelBundle.load(settings.cacheDir());
        Pipeline pipeline = Pipeline.standard(models);
        long loadedMs = (System.nanoTime() - t0) / 1_000_000;
        switch (command) {
            case "code" -> CodeCommand.run(codeArgs, pipeline, System.out);
            case "eval" -> EvalCommand.run(evalArgs, models, pipeline, System.out);
            case "batch" -> BatchCommand.run(batchArgs, pipeline, System.out);
            case "index" -> {
                System.out.println(models.codeSet().version().label() + ": " + models.codeSet().report());
                System.out.println("lexicon terms: " + models.lexicon().size() + ", index documents: "
                        + models.index().documentCount() + ", cache: " + settings.cacheDir());
                System.out.println("Alphabetic Index FY" + models.alphabeticIndex().version() + " carried to "
                        + models.codeSet().version().label() + ": " + models.alphabeticIndex().report());
            }
            default -> {
                Javalin app = HttpServer.create(settings, models, pipeline);
                app.start(settings.host(), settings.port());
                System.err.println("OpenCAC serving " + pipeline.version().label() + " on http://" + settings.host()
                        + ":" + app.port() + " (models loaded in " + loadedMs + " ms)");
                return -1;
            }
        }
        return 0;
    }
}
