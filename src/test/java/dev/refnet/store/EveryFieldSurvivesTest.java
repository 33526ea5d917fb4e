package dev.refnet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.ContactRow;
import dev.refnet.model.EntryFields;
import dev.refnet.model.EntryType;
import dev.refnet.model.Field;
import dev.refnet.model.LogEntry;
import dev.refnet.render.ContactJson;
import dev.refnet.render.ExportCsv;
import dev.refnet.startup.load.FileContactCache;
import dev.refnet.support.FieldSamples;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A contact with every declared key set to a value other than its default, and a log entry of
 * every type with every entry key set, must come through each path that carries them: a key
 * added to {@code ContactFields} or {@code EntryFields} is covered here without changing this
 * test, and a path that forgets it fails.
 */
class EveryFieldSurvivesTest {

    static final Contact FULL = FieldSamples.contact();
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void the_sample_sets_every_key_to_a_value_other_than_its_default() {
        for (Field<?> f : ContactFields.ALL) {
            assertThat(FULL.get(f)).as(f.key()).isNotNull().isNotEqualTo(f.fallback());
        }
        assertThat(FULL.log()).extracting(LogEntry::type).containsExactly(EntryType.values());
        for (LogEntry e : FULL.log()) {
            for (Field<?> f : EntryFields.ALL) {
                assertThat(e.get(f)).as(e.type() + " " + f.key()).isNotNull();
            }
        }
    }

    @Test
    void yaml_write_then_read_keeps_every_key() {
        String text = ContactWriter.write(FULL);
        Contact back = ContactReader.read(FULL.id(), text).contact();
        sameFields(back, FULL, text);
        assertThat(back).as(text).isEqualTo(FULL);
    }

    @Test
    void the_cache_keeps_every_key() {
        Contact full = FieldSamples.withUnknownKeys(FULL);
        byte[] bytes = FileContactCache.encode(Map.of("sample-contact.yaml",
                new ContactCache.Entry(new ContactCache.Key(1, 2, "k"), full)), "/net");
        Contact back = FileContactCache.decode(bytes, "/net").contacts().get("sample-contact.yaml").contact();
        sameFields(back, full, "decoded");
        assertThat(back).isEqualTo(full);
    }

    @Test
    @SuppressWarnings("unchecked")
    void json_has_every_key() {
        Map<String, Object> json = ContactJson.contact(FULL, TODAY, true);
        for (Field<?> f : ContactFields.ALL) {
            assertThat(json).as(f.key()).containsEntry(f.jsonName(), jsonValue(f, FULL.get(f)));
        }
        List<?> log = (List<?>) json.get("log");
        assertThat(log).hasSize(FULL.log().size());
        for (int i = 0; i < log.size(); i++) {
            LogEntry e = FULL.logByDate().get(i);
            for (Field<?> f : EntryFields.ALL) {
                assertThat((Map<Object, Object>) log.get(i)).as(e.type() + " " + f.key()).containsEntry(f.jsonName(), jsonValue(f, e.get(f)));
            }
        }
    }

    @Test
    void csv_export_has_every_key_and_import_reads_it_back() throws IOException {
        String csv = ExportCsv.contacts(List.of(FULL));
        CSVRecord row = records(csv).get(0);
        for (Field<?> f : ContactFields.ALL) {
            assertThat(row.get(f.key())).as(f.key()).isEqualTo(f.text(FULL.get(f), ";"));
        }
        List<ContactRow> rows = ContactCsvReader.read(csv, Category.OTHER, TODAY);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).problem()).isNull();
        Contact imported = rows.get(0).contact();
        assertThat(imported.id()).isEqualTo(FULL.id());
        sameFields(imported, FULL, csv);
    }

    @Test
    void the_log_csv_has_every_entry_key() throws IOException {
        List<CSVRecord> rows = records(ExportCsv.log(List.of(FULL)));
        assertThat(rows).hasSize(FULL.log().size());
        for (int i = 0; i < rows.size(); i++) {
            LogEntry e = FULL.logByDate().get(i);
            for (Field<?> f : EntryFields.ALL) {
                assertThat(rows.get(i).get(f.key())).as(e.type() + " " + f.key()).isEqualTo(f.text(e.get(f), ";"));
            }
        }
    }

    private static void sameFields(Contact actual, Contact expected, String context) {
        for (Field<?> f : ContactFields.ALL) {
            assertThat(actual.get(f)).as(f.key() + " in\n" + context).isEqualTo(expected.get(f));
        }
    }

    private static Object jsonValue(Field<?> f, Object v) {
        return f.kind() == Field.Kind.TEXT_LIST || f.kind() == Field.Kind.BOOLEAN ? v : f.text(v, "");
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }
}
