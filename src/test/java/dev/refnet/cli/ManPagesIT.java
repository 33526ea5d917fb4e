package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.cli.args.CompletionScripts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The build turns the picocli model into one roff man page per subcommand plus refnet(1). */
class ManPagesIT {

    static Path man() {
        return Path.of(System.getProperty("refnet.repo", ".")).resolve("target/man");
    }

    @Test
    void every_visible_command_has_a_roff_page() throws Exception {
        assertThat(Files.readString(man().resolve("refnet.1"))).contains(".TH \"REFNET\" \"1\"").contains("add\\-contact");
        for (CommandLine sub : Refnet.model().getSubcommands().values()) {
            String name = sub.getCommandName();
            if (sub.getCommandSpec().usageMessage().hidden()) {
                assertThat(man().resolve("refnet-" + name + ".1")).doesNotExist();
                continue;
            }
            Path page = man().resolve("refnet-" + name + ".1");
            assertThat(page).exists();
            assertThat(Files.readString(page)).contains(".SH \"NAME\"").contains(".SH \"OPTIONS\"");
        }
    }

    @Test
    void a_subcommand_page_names_what_it_does_not_the_root_header() throws Exception {
        assertThat(Files.readString(man().resolve("refnet-import.1"))).contains("refnet-import \\- Add contacts from a CSV file");
    }
}
