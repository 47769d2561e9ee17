package org.opencac.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.opencac.api.auth.ApiKeys;
import org.opencac.api.auth.Role;

/** {@code opencac keys create|list|revoke}: API keys in the data directory (hashed; a secret is shown once). */
public final class KeysCommand {
    public static final String USAGE =
            "keys create --role coder|integrator|admin --name NAME | keys list | keys revoke ID   (API keys, OPENCAC_DATA_DIR)";

    private KeysCommand() {
    }

    public static int run(List<String> args, Path dataDir, PrintStream out) {
        if (args.isEmpty()) {
            throw new UsageException("keys needs a subcommand: create, list or revoke");
        }
        ApiKeys keys = ApiKeys.open(dataDir);
        switch (args.get(0)) {
            case "create" -> {
                String role = option(args, "--role");
                String name = option(args, "--name");
                if (role == null || name == null) {
                    throw new UsageException("keys create needs --role coder|integrator|admin and --name NAME");
                }
                Role r = Role.parse(role).orElseThrow(() -> new UsageException("unknown role " + role
                        + " (coder, integrator, admin)"));
                ApiKeys.NewKey k = keys.create(r, name);
                out.println(k.token());
                System.err.println("created key " + k.stored().id() + " (" + r.wireName() + ", \"" + k.stored().name()
                        + "\"); the line above is the secret, shown only now");
            }
            case "list" -> {
                out.printf("%-14s %-11s %-26s %s%n", "ID", "ROLE", "CREATED", "NAME");
                for (ApiKeys.StoredKey k : keys.list()) {
                    out.printf("%-14s %-11s %-26s %s%n", k.id(), k.role(), k.created(), k.name());
                }
            }
            case "revoke" -> {
                if (args.size() != 2) {
                    throw new UsageException("keys revoke needs one key id (see keys list)");
                }
                if (!keys.revoke(args.get(1))) {
                    System.err.println("opencac: no key with id " + args.get(1));
                    return 1;
                }
                out.println("revoked " + args.get(1));
            }
            default -> throw new UsageException("unknown keys subcommand " + args.get(0));
        }
        return 0;
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }
}
