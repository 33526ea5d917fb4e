package dev.refnet;

import dev.refnet.cli.Refnet;
import dev.refnet.console.Environment;
import dev.refnet.startup.StartUpArchive;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The program's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartUpArchive.check();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(Refnet.run(Environment.system(), out, err, args));
    }
}
