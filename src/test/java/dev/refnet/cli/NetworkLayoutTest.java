package dev.refnet.cli;

import static dev.refnet.support.Files600.contact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.Files600;
import dev.refnet.support.Networks;
import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A network whose own entries ({@code contacts/}, {@code refnet.yaml}, {@code .refnet.lock}) are
 * symbolic links, or whose refnet.yaml is a FIFO: every command refuses it before opening
 * anything, with the same one line, and nothing outside the network is read into an answer,
 * written or created (issue 18, items 3 and 4).
 */
class NetworkLayoutTest {

    @TempDir
    Path tmp;

    static final String LOPEZ = "name: Dr. María López\ncategory: physician\nlog:\n  - date: 2025-01-10\n    type: referral-in\n    client: C-1\n";

    /** Every command that uses a network, as a user would type it. */
    static List<List<String>> commands() {
        return List.of(List.of("list"), List.of("list", "--format", "json"), List.of("show", "lopez"), List.of("due"),
                List.of("report"), List.of("export", "contacts"), List.of("export", "log", "--format", "json"), List.of("check"),
                List.of("log", "lopez", "call"), List.of("log", "dr-maria-lopez", "call"), List.of("thank", "lopez"),
                List.of("log-referral", "--from", "lopez", "--client", "C-2"), List.of("outcome", "lopez", "C-1", "seen"),
                List.of("snooze", "lopez", "2w"), List.of("add-contact", "Amy Ng", "--category", "school"),
                List.of("import", "IMPORT"), List.of("init"));
    }

    static List<Object[]> cases() {
        List<Object[]> all = new ArrayList<>();
        for (String entry : List.of("contacts", "refnet.yaml", ".refnet.lock")) {
            for (List<String> args : commands()) {
                all.add(new Object[] {entry, args});
            }
        }
        return all;
    }

    RefnetRun.Result run(Path net, List<String> args) throws Exception {
        Path csv = Files600.write(tmp.resolve("in.csv"), "name,category\nBo Li,school\n");
        List<String> all = new ArrayList<>(List.of("--dir", net.toString()));
        args.forEach(a -> all.add(a.equals("IMPORT") ? csv.toString() : a));
        return new RefnetRun(tmp).today(java.time.LocalDate.of(2025, 3, 3)).run(all.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} linked: {1}")
    @MethodSource("cases")
    void a_linked_entry_of_the_network_is_refused_by_every_command_in_one_line(String entry, List<String> args) throws Exception {
        Path net = Files600.network(tmp.resolve("net"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path link = net.resolve(entry);
        switch (entry) {
            case "contacts" -> {
                Files.delete(link);
                contact(outside, "dr-maria-lopez", LOPEZ);
                Files.createSymbolicLink(link, outside.resolve("contacts"));
            }
            case "refnet.yaml" -> {
                contact(net, "dr-maria-lopez", LOPEZ);
                Files.move(link, outside.resolve("refnet.yaml"));
                Files.createSymbolicLink(link, outside.resolve("refnet.yaml"));
            }
            default -> {
                contact(net, "dr-maria-lopez", LOPEZ);
                Files.createSymbolicLink(link, outside.resolve("made-by-refnet"));
            }
        }
        Map<String, String> outsideBefore = Networks.snapshot(outside);
        Map<String, String> netBefore = Networks.snapshot(net);

        RefnetRun.Result res = run(net, args);

        String fix = switch (entry) {
            case "contacts" -> "put the folder itself there (move it into the network in place of the link)";
            case "refnet.yaml" -> "put the file itself there (a copy of it in place of the link), or delete it to use the defaults";
            default -> "delete it; refnet makes a new one when it needs it";
        };
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.err()).as(res.toString()).isEqualTo("refnet: " + link
                + ": is a symbolic link; refnet reads and writes only inside the network folder: " + fix + "\n");
        assertThat(res.out()).as("nothing read through the link is shown").doesNotContain("López");
        assertThat(Networks.snapshot(outside)).as("nothing written or made outside the network").isEqualTo(outsideBefore);
        assertThat(outside.resolve("made-by-refnet")).doesNotExist();
        assertThat(Networks.snapshot(net)).as("nothing changed inside it either").isEqualTo(netBefore);
    }

    /** Before the fix a command opened the FIFO and waited for a writer forever; the limit only ends such a hang. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_fifo_for_refnet_yaml_is_refused_without_opening_it(List<String> args) throws Exception {
        Path net = Files600.network(tmp.resolve("net"));
        contact(net, "dr-maria-lopez", LOPEZ);
        Path config = net.resolve("refnet.yaml");
        Files.delete(config);
        Process mkfifo = new ProcessBuilder("mkfifo", config.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();

        RefnetRun.Result res = run(net, args);

        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.err()).as(res.toString()).isEqualTo("refnet: " + config + ": is not a regular file (a pipe or device);"
                + " refnet opens only regular files: move it away, then run the command again\n");
    }
}
