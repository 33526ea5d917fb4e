package dev.refnet.build;

import dev.refnet.cli.CompleteCommand;
import dev.refnet.cli.Refnet;
import dev.refnet.cli.args.CompletionScripts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time generator (run by exec-maven-plugin in process-classes; never by users): writes the
 * completion scripts and the AsciiDoc man pages from the same picocli model the program runs.
 */
public final class GenerateDocs {

    private GenerateDocs() {
    }

    /**
     * The root's header is inherited by every subcommand, so each page's NAME line would repeat it;
     * a subcommand's own first description line says what it does.
     */
    private static void nameLines(CommandLine root) {
        String[] rootHeader = root.getCommandSpec().usageMessage().header();
        for (CommandLine sub : root.getSubcommands().values()) {
            var usage = sub.getCommandSpec().usageMessage();
            String[] description = usage.description();
            if (java.util.Arrays.equals(usage.header(), rootHeader) && description.length > 0) {
                usage.header(description[0].replaceAll("[,:;]$", ""));
            }
            nameLines(sub);
        }
    }

    /** {@code GenerateDocs COMPLETIONS_DIR MAN_ADOC_DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateDocs COMPLETIONS_DIR MAN_ADOC_DIR");
        }
        Path completions = Path.of(args[0]);
        Files.createDirectories(completions);
        Files.writeString(completions.resolve("refnet.bash"), CompletionScripts.bash(Refnet.model()), StandardCharsets.UTF_8);
        Files.writeString(completions.resolve("refnet.zsh"), CompletionScripts.zsh(Refnet.model()), StandardCharsets.UTF_8);

        File man = new File(args[1]);
        man.mkdirs();
        CommandLine cl = Refnet.model();
        // The shell's helper is no page of its own.
        cl.getCommandSpec().removeSubcommand(CompleteCommand.NAME);
        nameLines(cl);
        int code = ManPageGenerator.generateManPage(man, null, new boolean[0], true, cl.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("man page generation failed with exit code " + code);
        }
    }
}
