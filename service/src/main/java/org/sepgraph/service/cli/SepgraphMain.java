package org.sepgraph.service.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The one entry point of the packaged service: {@code java -jar quarkus-run.jar} (or {@code serve}) serves the API
 * until stopped; {@code java -jar quarkus-run.jar import ...} runs {@link ImportCommand} and exits. Both share the
 * service's configuration ({@code SEPGRAPH_*}), its JSON mapping and its store lifecycle.
 */
@QuarkusMain
public class SepgraphMain implements QuarkusApplication {
    static final String IMPORT = "import";

    @Inject
    ImportCommand importCommand;

    public static void main(String... args) {
        if (args.length > 0 && IMPORT.equals(args[0])) {
            // a command that runs and exits: no HTTP listener, no demo, nothing loaded at start (the command opens
            // the store itself, or builds it offline); logs to stderr, so stdout carries only the report
            System.setProperty("sepgraph.serve", "false");
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.console.stderr", "true");
        }
        Quarkus.run(SepgraphMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && IMPORT.equals(args[0])) {
            return new CommandLine(importCommand).execute(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && !args[0].equals("serve")) {
            System.err.println("usage: sepgraph [serve] | sepgraph import [--initial-load] FORMAT FILE [--name=value ...]");
            return 1;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
