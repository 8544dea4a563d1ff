package org.salwhub.registry.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.ImportPreview;
import org.salwhub.registry.api.directory.ImportRow;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.entity.Agency;
import org.salwhub.registry.entity.ContactRole;
import org.salwhub.registry.entity.Person;
import org.salwhub.registry.entity.State;

/**
 * What importing a CSV file of contacts would do, worked out against the directory as it is: every row
 * checked with {@link DirectoryRules}, matched to an existing person (same State, same e-mail in any case)
 * or to a person an earlier row of the file creates, and the changes that follow. Changes nothing; the
 * boundary carries out the {@link Step}s of the valid rows.
 *
 * <p>A blank cell (or a missing column) leaves an existing person's value as it is, so a person is
 * updated only where the file says something else. Two rows about the same person must not contradict
 * each other: otherwise importing the file twice would change the person back and forth.
 */
public final class ContactImportPlan {

    private static final int CHUNK = 500;

    /**
     * The changes for one valid row, in file order. {@code personKey} names the person across rows;
     * {@code agencyKey}, when set, names an agency created by the import that the person's details must point to.
     */
    public record Step(int line, UUID stateId, String personKey, PersonId existingPerson, long expectedVersion,
                       boolean createPerson, boolean updatePerson, PersonDetails details, String agencyKey,
                       String agencyName, boolean createAgency, RoleType role, LocalDate validFrom,
                       boolean createRole) {
    }

    private final ImportPreview preview;
    private final List<Step> steps;

    private ContactImportPlan(ImportPreview preview, List<Step> steps) {
        this.preview = preview;
        this.steps = List.copyOf(steps);
    }

    public ImportPreview preview() {
        return preview;
    }

    public List<Step> steps() {
        return steps;
    }

    /** Reads and checks the file ({@link ContactCsv#read} refuses an unreadable one) and plans its import. */
    public static ContactImportPlan of(EntityManager em, byte[] csv, LocalDate today) {
        return new Planner(em, ContactCsv.read(csv), today).plan();
    }

    /** A person as the plan knows them after the rows so far. */
    private static final class Planned {
        final PersonId id;
        final long version;
        PersonDetails details;
        String pendingAgency;
        final Set<RoleType> roles;
        int firstLine;

        Planned(PersonId id, long version, PersonDetails details, Set<RoleType> roles) {
            this.id = id;
            this.version = version;
            this.details = details;
            this.roles = new HashSet<>(roles);
        }
    }

    private static final class Planner {
        private final EntityManager em;
        private final ContactCsv.Table table;
        private final LocalDate today;

        private final Map<String, UUID> states = new HashMap<>();
        private final Map<String, List<Person>> existing = new HashMap<>();
        private final Map<String, Set<RoleType>> currentRoles = new HashMap<>();
        private final Map<UUID, Map<String, AgencyView>> agencies = new HashMap<>();
        private final Map<String, Planned> persons = new HashMap<>();
        /** Agencies this import creates: key (State and lower-case name) → the name as first written, and the State. */
        private final Map<String, String> newAgencies = new LinkedHashMap<>();

        Planner(EntityManager em, ContactCsv.Table table, LocalDate today) {
            this.today = today;
            this.em = em;
            this.table = table;
        }

        ContactImportPlan plan() {
            load();
            List<ImportRow> rows = new ArrayList<>();
            List<Step> steps = new ArrayList<>();
            int valid = 0;
            int newPersons = 0;
            int updatedPersons = 0;
            int newRoles = 0;
            int unchangedRoles = 0;
            int unchangedRows = 0;
            for (ContactCsv.Row row : table.rows()) {
                Outcome outcome = plan(row);
                rows.add(outcome.row);
                if (outcome.step == null) {
                    continue;
                }
                Step step = outcome.step;
                steps.add(step);
                valid++;
                newPersons += step.createPerson() ? 1 : 0;
                updatedPersons += step.updatePerson() ? 1 : 0;
                newRoles += step.createRole() ? 1 : 0;
                unchangedRoles += step.role() != null && !step.createRole() ? 1 : 0;
                unchangedRows += outcome.row.status() == ImportRow.Status.UNCHANGED ? 1 : 0;
            }
            ImportPreview preview = new ImportPreview(rows, valid, rows.size() - valid, newPersons, updatedPersons,
                    newRoles, unchangedRoles, unchangedRows, List.copyOf(newAgencies.values()));
            return new ContactImportPlan(preview, steps);
        }

        private record Outcome(ImportRow row, Step step) {
        }

        /** What the directory holds about the file's States and e-mail addresses, read in a few queries. */
        private void load() {
            for (State state : em.createNamedQuery("State.all", State.class).getResultList()) {
                StateView view = state.view();
                states.put(view.iso2().toUpperCase(Locale.ROOT), view.id().value());
            }
            Map<UUID, Set<String>> emailsByState = new HashMap<>();
            for (ContactCsv.Row row : table.rows()) {
                UUID state = states.get(row.get("state").toUpperCase(Locale.ROOT));
                String email = row.get("email").toLowerCase(Locale.ROOT);
                if (state != null && !email.isEmpty()) {
                    emailsByState.computeIfAbsent(state, s -> new HashSet<>()).add(email);
                }
            }
            List<String> personIds = new ArrayList<>();
            emailsByState.forEach((state, emails) -> {
                agencies.put(state, agenciesOf(state));
                for (List<String> chunk : chunks(emails)) {
                    em.createQuery("SELECT p FROM Person p WHERE p.stateId = :state AND p.emailLower IN :emails"
                                    + " AND p.mergedInto IS NULL AND p.anonymised = FALSE ORDER BY p.id", Person.class)
                            .setParameter("state", state.toString()).setParameter("emails", chunk)
                            .getResultStream().forEach(person -> {
                                String key = key(state, person.details().email());
                                existing.computeIfAbsent(key, k -> new ArrayList<>()).add(person);
                                personIds.add(person.id());
                            });
                }
            });
            for (List<String> chunk : chunks(personIds)) {
                em.createQuery("SELECT r FROM ContactRole r WHERE r.personId IN :persons AND r.validTo IS NULL",
                                ContactRole.class).setParameter("persons", chunk).getResultStream()
                        .forEach(role -> currentRoles.computeIfAbsent(role.personId(), p -> new HashSet<>())
                                .add(role.roleType()));
            }
        }

        private Map<String, AgencyView> agenciesOf(UUID state) {
            Map<String, AgencyView> byName = new HashMap<>();
            List<AgencyView> all = em.createNamedQuery("Agency.ofState", Agency.class)
                    .setParameter("state", state.toString()).getResultStream().map(Agency::view).toList();
            // a name wins over another agency's acronym
            all.stream().filter(a -> a.acronym() != null)
                    .forEach(a -> byName.put(a.acronym().strip().toLowerCase(Locale.ROOT), a));
            all.forEach(a -> byName.put(a.name().strip().toLowerCase(Locale.ROOT), a));
            return byName;
        }

        private Outcome plan(ContactCsv.Row row) {
            List<FieldError> errors = new ArrayList<>();
            if (row.extraValues() > 0) {
                errors.add(FieldError.of("row", "import.columnCount", row.extraValues()));
            }
            // the State
            String iso = row.get("state");
            UUID state = null;
            if (iso.isEmpty()) {
                errors.add(FieldError.of("state", "required"));
            } else {
                state = states.get(iso.toUpperCase(Locale.ROOT));
                if (state == null) {
                    errors.add(FieldError.of("state", "import.stateUnknown", iso));
                }
            }
            String email = row.get("email");
            if (email.isEmpty()) {
                errors.add(FieldError.of("email", "required"));
            }
            // cells that are not plain text
            Sex sex = null;
            if (!row.get("sex").isEmpty()) {
                sex = ContactCsv.sex(row.get("sex"));
                if (sex == null) {
                    errors.add(FieldError.of("sex", "import.sex", row.get("sex")));
                }
            }
            List<String> languages = ContactCsv.languages(row.get("languages"));
            RoleType role = null;
            if (!row.get("role").isEmpty()) {
                role = ContactCsv.role(row.get("role"));
                if (role == null) {
                    errors.add(FieldError.of("role", "import.role", row.get("role")));
                }
            }
            LocalDate validFrom = null;
            if (!row.get("valid_from").isEmpty()) {
                validFrom = ContactCsv.date(row.get("valid_from"));
                if (validFrom == null) {
                    errors.add(FieldError.of("validFrom", "date.format"));
                } else if (row.get("role").isEmpty()) {
                    errors.add(FieldError.of("role", "import.roleRequired"));
                }
            }
            if (role != null) {
                if (validFrom == null && row.get("valid_from").isEmpty()) {
                    validFrom = today;
                }
                if (validFrom != null) {
                    DirectoryRules.checkRoleStart(validFrom, today, errors);
                }
            }
            DirectoryRules.tooLong(row.get("honorific"), "honorific", 40, errors);
            DirectoryRules.tooLong(row.get("phone"), "phone", 60, errors);
            DirectoryRules.tooLong(row.get("position"), "position", 200, errors);
            DirectoryRules.tooLong(row.get("agency"), "agency", 255, errors);

            // the person: planned by an earlier row, in the directory, or new
            String key = state == null || email.isEmpty() ? null : key(state, email);
            Planned planned = key == null ? null : persons.get(key);
            Planned base = planned;
            if (base == null && key != null) {
                List<Person> matches = existing.getOrDefault(key, List.of());
                if (matches.size() > 1) {
                    errors.add(FieldError.of("email", "import.ambiguousPerson", matches.size()));
                } else if (matches.size() == 1) {
                    Person person = matches.get(0);
                    base = new Planned(PersonId.of(person.id()), person.version(), person.details(),
                            currentRoles.getOrDefault(person.id(), Set.of()));
                }
            }
            // the agency: one of the State's, or a new one
            String agencyCell = row.get("agency");
            UUID agencyId = null;
            String pendingAgency = null;
            if (!agencyCell.isEmpty() && state != null && agencyCell.length() <= 255) {
                AgencyView agency = agencies.getOrDefault(state, Map.of()).get(agencyCell.toLowerCase(Locale.ROOT));
                if (agency != null) {
                    agencyId = agency.id().value();
                } else {
                    pendingAgency = state + "|" + agencyCell.toLowerCase(Locale.ROOT);
                }
            }
            PersonDetails details;
            if (base != null) {
                PersonDetails d = base.details;
                boolean keepAgency = agencyCell.isEmpty();
                details = new PersonDetails(state, null, keepAgency ? d.agencyId() : agencyId,
                        pick(row.get("honorific"), d.honorific()), pick(row.get("given_name"), d.givenName()),
                        pick(row.get("family_name"), d.familyName()), pick(row.get("latin_name"), d.latinName()),
                        sex == null ? d.sex() : sex,
                        languages.isEmpty() || Set.copyOf(languages).equals(Set.copyOf(d.languages()))
                                ? d.languages() : languages,
                        email.equalsIgnoreCase(Objects.requireNonNullElse(d.email(), "")) ? d.email() : email,
                        d.alternateEmail(), pick(row.get("phone"), d.phone()), d.mobile(), d.postalAddress(),
                        pick(row.get("position"), d.positionTitle()));
                if (keepAgency) {
                    pendingAgency = base.pendingAgency;
                }
            } else {
                details = new PersonDetails(state, null, agencyId, blankToNull(row.get("honorific")),
                        blankToNull(row.get("given_name")), blankToNull(row.get("family_name")),
                        blankToNull(row.get("latin_name")), sex == null ? Sex.UNDISCLOSED : sex, languages,
                        blankToNull(email), null, blankToNull(row.get("phone")), null, null,
                        blankToNull(row.get("position")));
            }
            List<FieldError> personErrors = DirectoryRules.personErrors(em, details);
            for (FieldError error : personErrors) {
                // an unknown State is reported once, on the state column
                if (state != null || !error.field().equals("stateId")) {
                    errors.add(error);
                }
            }
            boolean differs = planned != null
                    && (!details.equals(planned.details) || !Objects.equals(pendingAgency, planned.pendingAgency));
            if (differs) {
                errors.add(FieldError.of("row", "import.conflictingRows", planned.firstLine));
            }

            Map<String, String> fields = row.cells();
            if (!errors.isEmpty()) {
                return new Outcome(new ImportRow(row.line(), fields, ImportRow.Status.ERROR,
                        ImportRow.RoleChange.NONE, base == null ? null : base.id, null, errors), null);
            }

            // the changes
            boolean createPerson = base == null;
            boolean updatePerson = false;
            Planned person = planned;
            if (person == null) {
                person = base != null ? base : new Planned(null, 0, details, Set.of());
                updatePerson = base != null && (!details.equals(base.details) || pendingAgency != null);
                person.details = details;
                person.pendingAgency = pendingAgency;
                person.firstLine = row.line();
                persons.put(key, person);
            }
            boolean createAgency = pendingAgency != null && !newAgencies.containsKey(pendingAgency)
                    && (createPerson || updatePerson);
            if (createAgency) {
                newAgencies.put(pendingAgency, agencyCell + " (" + iso.toUpperCase(Locale.ROOT) + ")");
            }
            boolean createRole = role != null && person.roles.add(role);
            ImportRow.Status status = createPerson ? ImportRow.Status.NEW_PERSON
                    : updatePerson || createRole ? ImportRow.Status.UPDATE : ImportRow.Status.UNCHANGED;
            ImportRow.RoleChange roleChange = role == null ? ImportRow.RoleChange.NONE
                    : createRole ? ImportRow.RoleChange.NEW : ImportRow.RoleChange.UNCHANGED;
            Step step = new Step(row.line(), state, key, person.id, person.version, createPerson, updatePerson,
                    details, pendingAgency, createAgency ? agencyCell : null, createAgency, role, validFrom,
                    createRole);
            return new Outcome(new ImportRow(row.line(), fields, status, roleChange, person.id,
                    createAgency ? agencyCell : null, List.of()), step);
        }

        private static String key(UUID state, String email) {
            return state + "|" + email.strip().toLowerCase(Locale.ROOT);
        }

        private static String pick(String cell, String current) {
            return cell == null || cell.isBlank() ? current : cell.strip();
        }

        private static String blankToNull(String cell) {
            return cell == null || cell.isBlank() ? null : cell.strip();
        }

        private static <T> List<List<T>> chunks(Collection<T> all) {
            List<T> list = new ArrayList<>(all);
            List<List<T>> chunks = new ArrayList<>();
            for (int i = 0; i < list.size(); i += CHUNK) {
                chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
            }
            return chunks;
        }
    }

    /** The same details, pointing to another agency. */
    public static PersonDetails withAgency(PersonDetails d, UUID agencyId) {
        return new PersonDetails(d.stateId(), d.organisationId(), agencyId, d.honorific(), d.givenName(),
                d.familyName(), d.latinName(), d.sex(), d.languages(), d.email(), d.alternateEmail(), d.phone(),
                d.mobile(), d.postalAddress(), d.positionTitle());
    }
}
