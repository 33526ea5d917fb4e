package dev.refnet.cli;

import dev.refnet.cli.args.Converters;
import dev.refnet.cli.args.DateSpec;
import dev.refnet.console.Prompts;
import dev.refnet.model.Accepting;
import dev.refnet.model.AgeRange;
import dev.refnet.model.Cadence;
import dev.refnet.model.Category;
import dev.refnet.model.Contact;
import dev.refnet.model.ContactFields;
import dev.refnet.model.Ids;
import dev.refnet.model.RefnetException;
import dev.refnet.model.Status;
import dev.refnet.model.Telehealth;
import dev.refnet.store.NetworkStore;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refnet add-contact}: adds one referral partner. */
@Command(name = "add-contact",
        description = {"Add a referral partner as contacts/<id>.yaml; the id is made from the name.",
            "Categories: therapist, physician, school, faith, community, online, legal, other "
                + "(aliases such as doctor, church or lawyer are accepted and written as the category)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  refnet add-contact 'Dr. María López' --category physician \\",
            "      --org 'Eastside Family Medicine' --specialty adolescents \\",
            "      --specialty anxiety --email mlopez@eastside.example --every 45d",
            "  refnet add-contact \"St. Mark's Church\" --category church --status prospect",
            "  refnet add-contact '李医生' --id dr-li --category physician",
            "  refnet add-contact 'Sam Rivera' --category therapist --specialty EMDR \\",
            "      --insurance Aetna --language English --language Spanish \\",
            "      --ages 13-17 --ages 18+ --telehealth yes --accepting waitlist"})
public final class AddContactCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The contact's name.")
    String name;

    @Option(names = "--id", paramLabel = "ID",
            description = "The id (and file name) to use instead of one made from the name: a-z, 0-9 and dashes, "
                    + "like dr-li. Needed for a name with no letters a-z (asked for on a terminal).")
    String id;

    @Option(names = {"--category", "-c"}, paramLabel = "CATEGORY", converter = Converters.CategoryConverter.class,
            completionCandidates = Converters.CategoryCandidates.class,
            description = "therapist, physician, school, faith, community, online, legal or other (or an alias).")
    Category category;

    @Option(names = "--org", paramLabel = "ORG", description = "Organization.")
    String organization;

    @Option(names = "--role", paramLabel = "ROLE", description = "Role, like 'Family physician'.")
    String role;

    @Option(names = "--specialty", paramLabel = "S", description = "A specialty; repeat for more.")
    List<String> specialties = new ArrayList<>();

    @Option(names = "--email", paramLabel = "E", description = "E-mail address.")
    String email;

    @Option(names = "--phone", paramLabel = "P", description = "Phone number.")
    String phone;

    @Option(names = "--tag", paramLabel = "T", description = "A tag; repeat for more.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--every", paramLabel = "DURATION", converter = Converters.CadenceConverter.class,
            description = "Check in this often (like 45d, 6w, 2m), overriding the category's cadence.")
    Cadence every;

    @Option(names = "--status", paramLabel = "STATUS", converter = Converters.StatusConverter.class,
            description = "active (default), prospect, paused or archived.")
    Status status;

    @Option(names = "--note", paramLabel = "TEXT", description = "Notes about the contact.")
    String note;

    @Option(names = "--since", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "When the relationship began (default: today).")
    DateSpec since;

    @Option(names = "--insurance", paramLabel = "PLAN", description = "An insurance plan accepted (or self-pay, sliding-scale); repeat for more.")
    List<String> insurance = new ArrayList<>();

    @Option(names = "--fees", paramLabel = "TEXT", description = "Fees, like '$150; sliding scale from $60'.")
    String fees;

    @Option(names = "--language", paramLabel = "L", description = "A language the partner works in; repeat for more.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--telehealth", paramLabel = "yes|no|only", converter = Converters.TelehealthConverter.class,
            completionCandidates = Converters.TelehealthCandidates.class, description = "Whether the partner sees clients by video.")
    Telehealth telehealth;

    @Option(names = "--ages", paramLabel = "RANGE", converter = Converters.AgeRangeConverter.class,
            description = "Ages served, like 5-12, 13-17, 18+ or 65+; repeat for more.")
    List<String> ages = new ArrayList<>();

    @Option(names = "--area", paramLabel = "TEXT", description = "Where: city, neighbourhood, zip.")
    String area;

    @Option(names = "--accepting", paramLabel = "yes|no|waitlist", converter = Converters.AcceptingConverter.class,
            completionCandidates = Converters.AcceptingCandidates.class,
            description = "Whether the partner takes new clients now; dated today unless --accepting-checked says otherwise.")
    Accepting accepting;

    @Option(names = "--accepting-checked", paramLabel = "DATE", converter = DateSpec.Converter.class,
            description = "When that was last confirmed (default: today, when --accepting is given).")
    DateSpec acceptingChecked;

    @Override
    public Integer call() {
        if (name == null || category == null) {
            fillInteractively();
        }
        if (name == null || name.isBlank()) {
            throw usage("missing the contact's NAME, as in: refnet add-contact 'Dr. María López' --category physician");
        }
        if (category == null) {
            throw usage("missing --category for " + name.strip() + ": one of therapist, physician, school, faith,"
                    + " community, online, legal, other");
        }
        if (id != null && Ids.whyNotChosen(id.strip()) != null) {
            throw usage(Ids.whyNotChosen(id.strip()));
        }
        NetworkStore store = store();
        store.requireExists();
        if (id == null && !Ids.makesId(name)) {
            askForId(store);
        }
        beforeChange();
        String fileId;
        if (id != null) {
            fileId = id.strip();
            if (store.takenIds().contains(fileId)) {
                throw RefnetException.data("the id '" + fileId + "' is taken (contacts/" + fileId + ".yaml); choose another with --id");
            }
        } else {
            fileId = Ids.unique(Ids.fromName(name.strip()), store.takenIds());
        }
        Contact contact = Contact.builder(fileId, name.strip(), category)
                .with(ContactFields.ORGANIZATION, blank(organization))
                .with(ContactFields.ROLE, blank(role))
                .with(ContactFields.SPECIALTIES, specialties)
                .with(ContactFields.EMAIL, blank(email))
                .with(ContactFields.PHONE, blank(phone))
                .with(ContactFields.TAGS, tags)
                .with(ContactFields.STATUS, status)
                .with(ContactFields.FOLLOW_UP, every)
                .with(ContactFields.SINCE, date(since))
                .with(ContactFields.INSURANCE, insurance)
                .with(ContactFields.FEES, blank(fees))
                .with(ContactFields.LANGUAGES, languages)
                .with(ContactFields.TELEHEALTH, telehealth)
                .with(ContactFields.AGES, ages)
                .with(ContactFields.AREA, blank(area))
                .with(ContactFields.ACCEPTING, accepting)
                .with(ContactFields.ACCEPTING_CHECKED, acceptingChecked != null || accepting != null ? date(acceptingChecked) : null)
                .with(ContactFields.NOTES, blank(note))
                .build();
        List<String> sameName = new ArrayList<>();
        List<String> sameEmail = new ArrayList<>();
        for (Contact other : network().contacts()) {
            if (other.name().equalsIgnoreCase(contact.name())) {
                sameName.add(other.id());
            } else if (contact.email() != null && contact.email().equalsIgnoreCase(other.email())) {
                sameEmail.add(other.id());
            }
        }
        if (!sameName.isEmpty()) {
            warn("a contact with the same name is already here (" + String.join(", ", sameName) + "); adding another");
        }
        if (!sameEmail.isEmpty()) {
            warn("a contact with the same e-mail address is already here (" + String.join(", ", sameEmail) + ")");
        }
        NetworkStore.Change change = store.create(contact);
        out().println("added " + contact.name() + " (" + category.word() + ") as "
                + store.dir().relativize(change.file()) + ", id " + change.after().id());
        commit(List.of(change.file()), "add contact " + contact.name());
        return 0;
    }

    /**
     * A name with no letters a-z (李医生, ???) would make a meaningless id: a terminal asks for
     * one; elsewhere it is a usage error that says to give --id.
     */
    private void askForId(NetworkStore store) {
        String missing = "'" + name.strip() + "' has no letters a-z to make an id (the file's name) from: choose one"
                + " with --id, as in: refnet add-contact '" + name.strip() + "' --id dr-li --category " + category.word();
        if (!env().stdinIsTerminal()) {
            throw usage(missing);
        }
        try (Prompts prompts = Prompts.open(env())) {
            if (prompts == null) {
                throw usage(missing);
            }
            java.util.Set<String> taken = store.takenIds();
            id = prompts.ask("Id for " + name.strip() + " (a-z, 0-9 and dashes; the file is contacts/ID.yaml)", null, List.of(),
                    v -> v.isEmpty() ? "an id is required" : Ids.whyNotChosen(v) != null ? Ids.whyNotChosen(v)
                            : taken.contains(v) ? "the id '" + v + "' is taken" : null);
        }
    }

    /** On a terminal, asks for what is missing; elsewhere leaves it to the usage error. */
    private void fillInteractively() {
        if (!env().stdinIsTerminal()) {
            return;
        }
        Prompts prompts = Prompts.open(env());
        if (prompts == null) {
            return;
        }
        try (prompts) {
            if (name == null) {
                name = prompts.ask("Name", null, List.of(), v -> v.isBlank() ? "a name is required" : null);
            }
            if (category == null) {
                List<String> words = new ArrayList<>();
                Category.acceptedWords().forEach(words::add);
                String c = prompts.ask("Category", "other", words,
                        v -> Category.parse(v).isPresent() ? null : "one of " + Converters.join(Category.values()));
                category = Category.parse(c).orElse(Category.OTHER);
                if (organization == null) {
                    organization = prompts.ask("Organization", "", List.of(), v -> null);
                }
                if (specialties.isEmpty()) {
                    String s = prompts.ask("Specialties (comma-separated)", "", List.of(), v -> null);
                    for (String part : s.split(",")) {
                        if (!part.isBlank()) {
                            specialties.add(part.strip());
                        }
                    }
                }
                if (email == null) {
                    email = prompts.ask("E-mail", "", List.of(), v -> v.isEmpty() || v.contains("@") ? null : "an e-mail address has an @");
                }
                if (phone == null) {
                    phone = prompts.ask("Phone", "", List.of(), v -> null);
                }
                if (every == null) {
                    String d = prompts.ask("Check in every", "", List.of(), v -> {
                        try {
                            if (!v.isEmpty()) {
                                Cadence.parse(v);
                            }
                            return null;
                        } catch (IllegalArgumentException e) {
                            return e.getMessage();
                        }
                    });
                    every = d.isEmpty() ? null : Cadence.parse(d);
                }
                if (category.takesReferrals()) {
                    askReferralFields(prompts);
                }
            }
        }
    }

    /** What a colleague needs to know before referring a client: insurance, languages, ages, availability. */
    private void askReferralFields(Prompts prompts) {
        if (insurance.isEmpty()) {
            insurance.addAll(items(prompts.ask("Insurance (comma-separated; self-pay, sliding-scale)", "", List.of(), v -> null)));
        }
        if (languages.isEmpty()) {
            languages.addAll(items(prompts.ask("Languages (comma-separated)", "", List.of(), v -> null)));
        }
        if (telehealth == null) {
            List<String> words = new ArrayList<>();
            new Converters.TelehealthCandidates().forEach(words::add);
            String t = prompts.ask("Telehealth (yes, no, only)", "", words,
                    v -> v.isEmpty() || Telehealth.parse(v).isPresent() ? null : "one of yes, no, only");
            telehealth = Telehealth.parse(t).orElse(null);
        }
        if (ages.isEmpty()) {
            String a = prompts.ask("Ages served (like 13-17, 18+)", "", List.of(), v -> {
                for (String item : items(v)) {
                    String problem = AgeRange.problem(item);
                    if (problem != null) {
                        return problem;
                    }
                }
                return null;
            });
            ages.addAll(items(a));
        }
        if (area == null) {
            area = prompts.ask("Area (city, neighbourhood, zip)", "", List.of(), v -> null);
        }
        if (accepting == null) {
            List<String> words = new ArrayList<>();
            new Converters.AcceptingCandidates().forEach(words::add);
            String a = prompts.ask("Accepting new clients (yes, no, waitlist)", "", words,
                    v -> v.isEmpty() || Accepting.parse(v).isPresent() ? null : "one of yes, no, waitlist");
            accepting = Accepting.parse(a).orElse(null);
        }
    }

    private static List<String> items(String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
