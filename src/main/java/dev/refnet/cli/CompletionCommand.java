package dev.refnet.cli;

import dev.refnet.cli.args.CompletionScripts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code refnet completion bash|zsh}: prints the completion script built with this jar. */
@Command(name = "completion",
        description = {"Print the shell completion script for bash or zsh.",
            "It completes subcommands, options, categories and their aliases, log types, outcomes, and the contact "
                + "ids of the network in use (the --dir on the line, else REFNET_DIR and the usual search)."},
        footerHeading = "%nInstall:%n",
        footer = {
            "  bash, this shell only:   source <(refnet completion bash)",
            "  zsh (in ~/.zshrc):       source <(refnet completion zsh)",
            "  bash, for good (a new shell finds it):",
            "      mkdir -p ~/.local/share/bash-completion/completions",
            "      refnet completion bash > ~/.local/share/bash-completion/completions/refnet"})
public final class CompletionCommand extends BaseCommand {

    /** The shells with a script. */
    enum Shell { bash, zsh }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        out().print(script(shell));
        out().flush();
        return 0;
    }

    /** The script generated at build time; generated now when running from classes without one. */
    String script(Shell which) {
        try (InputStream in = CompletionCommand.class.getResourceAsStream("/dev/refnet/completions/refnet." + which)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // fall through to generating it
        }
        return which == Shell.bash ? CompletionScripts.bash(Refnet.model()) : CompletionScripts.zsh(Refnet.model());
    }
}
