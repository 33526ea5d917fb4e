package dev.refnet.cli.args;

import picocli.CommandLine.Option;

/** {@code --format text|json|csv}, shared by the listing commands. */
public final class FormatOption {

    /** The output formats every listing command offers. */
    public enum Format { text, json, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    public Format format = Format.text;

    public Format get() {
        return format;
    }
}
