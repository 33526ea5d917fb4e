package dev.refnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.support.RefnetRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportTest {

    @TempDir
    Path tmp;

    Path net;
    RefnetRun r;

    @BeforeEach
    void network() {
        r = new RefnetRun(tmp);
        net = tmp.resolve("net");
        assertThat(r.run("init", net.toString(), "--clinician", "Jordan Ellis").code()).isZero();
    }

    private Path file(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private RefnetRun.Result ok(RefnetRun.Result res) {
        assertThat(res.code()).as(res.toString()).isZero();
        return res;
    }

    static final String GOOGLE = "\uFEFFFirst Name,Middle Name,Last Name,Name Prefix,Organization Name,Organization Title,"
            + "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Notes,Labels\r\n"
            + "María,,López,Dr.,\"Eastside Family Medicine, PC\",Family physician,Work,mlopez@eastside.example ::: m@home.example,"
            + "Work,+1 555 0100,\"Prefers \"\"email\"\".\r\nMet at the fair.\",* myContacts ::: Physicians\r\n"
            + ",,,,St. Mark's Church,,,,,,,myContacts ::: Church\r\n"
            + "Sam,,Rivera,,,,,,,,,* myContacts\r\n";

    @Test
    void imports_a_google_contacts_export_with_bom_crlf_quotes_and_labels() throws Exception {
        Path csv = file("google.csv", GOOGLE);
        RefnetRun.Result res = ok(r.in(net, "import", csv.toString(), "--category", "therapist"));
        assertThat(res.out()).contains("added Dr. María López (physician) as dr-maria-lopez")
                .contains("added St. Mark's Church (faith) as st-mark-s-church")
                .contains("added Sam Rivera (therapist) as sam-rivera")
                .contains("imported 3 contacts");
        RefnetRun.Result show = ok(r.in(net, "export", "contacts", "name:lopez", "--format", "json"));
        assertThat(show.out()).contains("\"organization\": \"Eastside Family Medicine, PC\"")
                .contains("\"email\": \"mlopez@eastside.example\"")
                .contains("\"role\": \"Family physician\"")
                .contains("\"notes\": \"Prefers \\\"email\\\".\\nMet at the fair.\"");
    }

    @Test
    void imports_an_outlook_export_with_categories() throws Exception {
        Path csv = file("outlook.csv", "Title,First Name,Middle Name,Last Name,Suffix,Company,Job Title,Business Phone,"
                + "Mobile Phone,E-mail Address,Notes,Categories\n"
                + ",Ana,,Ruiz,,Ruiz Law,Attorney,,555 0101,ana@ruiz.example,,Lawyer;VIP\n"
                + "Rev.,John,,Okafor,Jr.,Grace Chapel,Pastor,555 0102,,,,\n");
        RefnetRun.Result res = ok(r.in(net, "import", csv.toString()));
        assertThat(res.out()).contains("added Ana Ruiz (legal) as ana-ruiz").contains("added Rev. John Okafor Jr. (other)");
        String yaml = Files.readString(net.resolve("contacts/ana-ruiz.yaml"));
        assertThat(yaml).contains("organization: Ruiz Law").contains("role: Attorney").contains("email: ana@ruiz.example")
                .contains("phone: 555 0101");
    }

    @Test
    void importing_twice_adds_nothing_the_second_time_and_says_why() throws Exception {
        Path csv = file("google.csv", GOOGLE);
        ok(r.in(net, "import", csv.toString()));
        Path again = file("again.csv", "name,email\nMARIA LOPEZ,other@x.example\nDr. Someone,MLOPEZ@eastside.example\nsam  rivera,\n");
        RefnetRun.Result second = ok(r.in(net, "import", again.toString()));
        assertThat(second.out()).contains("skipped Dr. Someone (line 3): already present as dr-maria-lopez (same e-mail)")
                .contains("skipped sam  rivera (line 4): already present as sam-rivera (same name)")
                .contains("imported 1 contact, skipped 2 already present");
        assertThat(ok(r.in(net, "import", csv.toString())).out()).contains("imported 0 contacts, skipped 3 already present");
        assertThat(net.resolve("contacts").toFile().list()).hasSize(4);
    }

    @Test
    void a_row_repeated_in_the_file_is_added_once() throws Exception {
        Path csv = file("dup.csv", "name,category\nDr. Lee,doctor\nDr. Lée,doctor\n");
        assertThat(ok(r.in(net, "import", csv.toString())).out())
                .contains("skipped Dr. Lée (line 3): already present as dr-lee (line 2 of this file) (same name)");
    }

    @Test
    void dry_run_prints_what_would_happen_and_writes_nothing() throws Exception {
        Path csv = file("google.csv", GOOGLE);
        RefnetRun.Result res = ok(r.in(net, "import", csv.toString(), "--dry-run"));
        assertThat(res.out()).contains("would add Dr. María López (physician) as dr-maria-lopez")
                .contains("dry run: would import 3 contacts; nothing was written");
        assertThat(net.resolve("contacts").toFile().list()).isEmpty();
    }

    @Test
    void a_malformed_row_is_reported_by_line_and_the_rest_imported() throws Exception {
        Path csv = file("bad.csv", "name,category,notes\nGood One,school,\"two\nlines\"\n,school,no name here\n"
                + "Bad Cat,spaceship,\nGood Two,faith,\n");
        RefnetRun.Result res = r.in(net, "import", csv.toString());
        assertThat(res.code()).as(res.toString()).isEqualTo(1);
        assertThat(res.err()).contains("bad.csv:4: no name").contains("bad.csv:5: unknown category 'spaceship' for Bad Cat");
        assertThat(res.out()).contains("imported 2 contacts, 2 rows could not be read");
        assertThat(net.resolve("contacts/good-one.yaml")).exists();
        assertThat(net.resolve("contacts/good-two.yaml")).exists();
    }

    @Test
    void all_or_nothing_imports_nothing_when_a_row_is_malformed() throws Exception {
        Path csv = file("bad.csv", "name,category\nGood One,school\n,school\n");
        RefnetRun.Result res = r.in(net, "import", csv.toString(), "--all-or-nothing");
        assertThat(res.code()).isEqualTo(1);
        assertThat(res.err()).contains("bad.csv:3: no name").contains("nothing was imported (--all-or-nothing)");
        assertThat(net.resolve("contacts").toFile().list()).isEmpty();
    }

    @Test
    void the_whole_import_is_one_git_commit() throws Exception {
        Path gitNet = tmp.resolve("gitnet");
        ok(r.run("init", gitNet.toString(), "--git"));
        ok(r.in(gitNet, "import", file("google.csv", GOOGLE).toString()));
        Process p = new ProcessBuilder("git", "-C", gitNet.toString(), "log", "--format=%s", "--name-only", "-1").start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(log).startsWith("import 3 contacts from google.csv").contains("contacts/dr-maria-lopez.yaml")
                .contains("contacts/sam-rivera.yaml").contains("contacts/st-mark-s-church.yaml");
        Process count = new ProcessBuilder("git", "-C", gitNet.toString(), "rev-list", "--count", "HEAD").start();
        assertThat(new String(count.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo("2");
    }

    @Test
    void hostile_values_round_trip_through_export_and_import() throws Exception {
        ok(r.in(net, "add-contact", "O'Brien, \"Doc\" Zoë", "--category", "physician", "--org", "Smith, Jones & \"Partners\"",
                "--role", "Head, \"Chief\"", "--specialty", "trauma, adults", "--specialty", "ADHD",
                "--email", "zoe@ex.example", "--phone", "+1 (555) 0100, ext. 3", "--tag", "a,b", "--every", "45d",
                "--status", "prospect", "--since", "2024-03-02",
                "--note", "Line one, with comma\nLine \"two\"\n  indented: yes # not a comment\nÀ bientôt"));
        ok(r.in(net, "add-contact", "Łukasz Żółw", "--category", "lawyer"));
        ok(r.in(net, "add-contact", "=SUM(A1)", "--category", "other", "--note", "starts with ="));
        ok(r.in(net, "log", "zoe", "coffee", "--date", "2025-01-04", "--note", "a, \"b\"\nc"));
        RefnetRun.Result first = ok(r.in(net, "export", "contacts"));

        Path empty = tmp.resolve("empty");
        ok(r.run("init", empty.toString()));
        Path csv = file("export.csv", first.out());
        RefnetRun.Result imported = ok(r.in(empty, "import", csv.toString()));
        assertThat(imported.out()).contains("imported 3 contacts");
        RefnetRun.Result second = ok(r.in(empty, "export", "contacts"));
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.out()).contains("\"O'Brien, \"\"Doc\"\" Zoë\"").contains("\r\n");
    }

    @Test
    void export_puts_a_quote_before_values_a_spreadsheet_would_run_and_import_takes_it_off() throws Exception {
        ok(r.in(net, "add-contact", "=HYPERLINK(\"http://x.example\")", "--category", "other", "--org", "@Home",
                "--phone", "+1 555 0100", "--note", "- first\n- second"));
        ok(r.in(net, "add-contact", "'Quoted' Name", "--category", "school", "--role", "-", "--org", "''"));
        ok(r.in(net, "log", "hyperlink", "call", "--date", "2025-01-04", "--note", "=1+2"));
        RefnetRun.Result csv = ok(r.in(net, "export", "contacts"));
        assertThat(csv.out()).contains(",\"'=HYPERLINK(\"\"http://x.example\"\")\",").contains(",'@Home,")
                .contains(",'+1 555 0100,").contains("\"'- first\n- second\"").contains(",'-,").contains(",''',")
                .contains(",''Quoted' Name,").doesNotContain(",=").doesNotContain(",+").doesNotContain(",@");
        assertThat(ok(r.in(net, "export", "log")).out()).contains(",'=1+2");

        Path empty = tmp.resolve("empty");
        ok(r.run("init", empty.toString()));
        ok(r.in(empty, "import", file("export.csv", csv.out()).toString()));
        assertThat(ok(r.in(empty, "export", "contacts")).out()).isEqualTo(csv.out());
        assertThat(ok(r.in(empty, "show", "quoted-name")).out()).startsWith("'Quoted' Name  (school)");
        assertThat(ok(r.in(empty, "show", "hyperlink")).out()).contains("+1 555 0100").doesNotContain("'+1");
    }

    @Test
    void export_log_has_a_row_per_entry_with_the_contact_and_every_key() throws Exception {
        ok(r.in(net, "add-contact", "Dr. María López", "--category", "physician"));
        ok(r.in(net, "log-referral", "--from", "lopez", "--client", "C-0142", "--reason", "anxiety, mild", "--date", "2025-02-10"));
        ok(r.in(net, "thank", "lopez", "--date", "2025-02-11"));
        Path file = net.resolve("contacts/dr-maria-lopez.yaml");
        Files.writeString(file, Files.readString(file).replace("    type: thank-you\n", "    type: thank-you\n    via: card\n"));
        RefnetRun.Result csv = ok(r.in(net, "export", "log"));
        assertThat(csv.out()).isEqualTo("contact,name,category,date,type,client,to,from,reason,outcome,consent,release-until,note,via\r\n"
                + "dr-maria-lopez,Dr. María López,physician,2025-02-10,referral-in,C-0142,Jordan Ellis,,\"anxiety, mild\",,,,,\r\n"
                + "dr-maria-lopez,Dr. María López,physician,2025-02-11,thank-you,,,,,,,,,card\r\n");
        RefnetRun.Result json = ok(r.in(net, "export", "log", "--format", "json"));
        assertThat(json.out()).contains("\"contact\": \"dr-maria-lopez\"").contains("\"client\": \"C-0142\"");
    }

    @Test
    void export_with_bom_starts_with_the_byte_order_mark_and_still_imports() throws Exception {
        ok(r.in(net, "add-contact", "Zoë", "--category", "school"));
        RefnetRun.Result res = ok(r.in(net, "export", "contacts", "--bom"));
        assertThat(res.out()).startsWith("\uFEFFid,name,category");
        Path empty = tmp.resolve("empty");
        ok(r.run("init", empty.toString()));
        assertThat(ok(r.in(empty, "import", file("bom.csv", res.out()).toString())).out()).contains("added Zoë (school) as zoe");
        assertThat(List.of(empty.resolve("contacts").toFile().list())).containsExactly("zoe.yaml");
    }
}
