package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.RefnetRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void init_add_log_and_show_round_trip() throws Exception {
        RefnetRun r = new RefnetRun(tmp);
        Path net = tmp.resolve("net");
        RefnetRun.Result init = r.run("init", net.toString(), "--practice", "Harbor Light", "--clinician", "Jordan Ellis");
        assertThat(init.code()).as(init.toString()).isZero();
        RefnetRun.Result add = r.in(net, "add-contact", "Dr. María López", "--category", "doctor");
        assertThat(add.code()).as(add.toString()).isZero();
        assertThat(net.resolve("contacts/dr-maria-lopez.yaml")).exists();
        RefnetRun.Result log = r.in(net, "log-referral", "--from", "lopez", "--client", "C-0142", "--date", "2025-02-10");
        assertThat(log.code()).as(log.toString()).isZero();
        assertThat(log.out()).contains("referral-in from Dr. María López (C-0142) to Jordan Ellis on 2025-02-10");
        String text = Files.readString(net.resolve("contacts/dr-maria-lopez.yaml"));
        assertThat(text).startsWith("name: Dr. María López\ncategory: physician\n").contains("  - date: 2025-02-10\n    type: referral-in\n    client: C-0142\n");
        RefnetRun.Result show = r.in(net, "show", "MARIA");
        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.out()).contains("C-0142 to Jordan Ellis; outcome not recorded");
    }
}
