package org.salwhub.web.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.web.i18n.Formats;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.Labels;

/**
 * Writes a filtered directory list as CSV, XLSX or vCards, in the reader's language. The list is read
 * {@value #PAGE} rows at a time, so an export never holds more than one page of the directory.
 */
@ApplicationScoped
public class ContactExports {

    /** Rows read from the directory per round trip (the most a directory search returns). */
    public static final int PAGE = 500;
    /** A byte order mark: without it, spreadsheet programs read UTF-8 as a legacy code page and garble Arabic. */
    static final char BOM = '\uFEFF';
    /** A cell that a spreadsheet would run as a formula (CSV injection): = + - @ tab or CR in front, unless a plain number. */
    private static final Pattern FORMULA = Pattern.compile("^(?:[=@\\t\\r]|[+\\-](?![0-9 ().\\-/]*$)).*", Pattern.DOTALL);

    static final List<String> COLUMNS = List.of("directory.person", "directory.latinName", "directory.role",
            "directory.state", "directory.agency", "directory.email", "directory.phone", "directory.languages",
            "directory.validFrom", "directory.validTo", "directory.lastVerified", "directory.verification");

    @Inject
    DirectoryFacade directory;

    @Inject
    RegistryFacade registry;

    /** Every row the query matches, one page at a time, in the query's order. */
    public void forEachPage(ContactQuery query, Consumer<List<ContactView>> consumer) {
        DirectoryPages.forEach(directory, query, PAGE, consumer);
    }

    // ------------------------------------------------------------------ CSV

    /** RFC 4180 CSV in UTF-8 with a byte order mark, one row per contact role. */
    public void csv(ContactQuery query, Locale locale, OutputStream out) {
        Labels labels = labels(locale);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(labels.headers());
            forEachPage(query, page -> {
                for (ContactView contact : page) {
                    try {
                        csv.printRecord(labels.row(contact).stream().map(ContactExports::csvCell).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof LocalDate date ? date.toString() : value.toString();
        return FORMULA.matcher(text).matches() ? "'" + text : text;
    }

    // ------------------------------------------------------------------ XLSX

    /** An Excel workbook written as it streams (at most 100 rows in memory), right to left for Arabic. */
    public void xlsx(ContactQuery query, Locale locale, OutputStream out) {
        Labels labels = labels(locale);
        int[] widths = {30, 26, 34, 18, 40, 30, 20, 12, 12, 12, 14, 16};
        StreamingWorkbook.write(Messages.text(locale, "directory.title"), labels.headers(), c -> widths[c], locale,
                row -> forEachPage(query, page -> page.forEach(contact -> row.accept(labels.row(contact)))), out);
    }

    // ------------------------------------------------------------------ vCard

    /** One vCard per person of the filtered list (a person with several roles gets one card naming them all). */
    public void vcards(ContactQuery query, Locale locale, OutputStream out) {
        Labels labels = labels(locale);
        VCardWriter writer = new VCardWriter(out);
        // sorted by person, so that one person's roles come together, whatever the page boundaries
        ContactQuery byPerson = new ContactQuery(query.text(), query.stateId(), query.roleType(), query.agencyId(),
                query.language(), query.verification(), query.includeEnded(), 0, PAGE, "personName", true);
        List<ContactView> pending = new ArrayList<>();
        PersonView[] pendingPerson = new PersonView[1];
        forEachPage(byPerson, page -> {
            Map<PersonId, PersonView> persons = persons(page);
            for (ContactView contact : page) {
                if (!pending.isEmpty() && !pending.get(0).personId().equals(contact.personId())) {
                    writer.write(card(pending, pendingPerson[0], labels));
                    pending.clear();
                }
                if (pending.isEmpty()) {
                    pendingPerson[0] = persons.get(contact.personId());
                }
                pending.add(contact);
            }
        });
        if (!pending.isEmpty()) {
            // the last person's roles may have run over a page boundary: they were kept until now
            writer.write(card(pending, pendingPerson[0], labels));
        }
        writer.close();
    }

    /** vCards for the chosen rows, one per person. */
    public void vcards(List<ContactView> contacts, Locale locale, OutputStream out) {
        Labels labels = labels(locale);
        VCardWriter writer = new VCardWriter(out);
        Map<PersonId, PersonView> persons = persons(contacts);
        Map<PersonId, List<ContactView>> byPerson = contacts.stream().collect(Collectors.groupingBy(
                ContactView::personId, LinkedHashMap::new, Collectors.toList()));
        byPerson.forEach((id, roles) -> writer.write(card(roles, persons.get(id), labels)));
        writer.close();
    }

    private Map<PersonId, PersonView> persons(List<ContactView> contacts) {
        List<PersonId> ids = contacts.stream().map(ContactView::personId).distinct().toList();
        return directory.persons(ids).stream().collect(Collectors.toMap(PersonView::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    static VCard card(List<ContactView> roles, PersonView person, Labels labels) {
        ContactView first = roles.get(0);
        PersonDetails details = person == null ? null : person.details();
        String name = first.personName();
        List<String> roleNames = roles.stream().map(r -> labels.role(r)).distinct().toList();
        String note = roles.stream().map(r -> labels.roleNote(r)).collect(Collectors.joining("\n"));
        List<String> emails = new ArrayList<>();
        emails.add(details != null ? details.email() : first.email());
        if (details != null) {
            emails.add(details.alternateEmail());
        }
        String title = details != null && details.positionTitle() != null && !details.positionTitle().isBlank()
                ? details.positionTitle() : String.join(", ", roleNames);
        return new VCard(first.personId().toString(), name, containsArabic(name) ? "ar" : null, first.latinName(),
                details == null ? name : details.familyName(), details == null ? null : details.givenName(),
                details == null ? null : details.honorific(), first.agencyName(), title, roleNames, emails,
                details != null ? details.phone() : first.phone(), details == null ? null : details.mobile(),
                first.languages(), details == null ? null : details.postalAddress(), labels.state(first.stateId()),
                note);
    }

    static boolean containsArabic(String text) {
        return text != null && text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    // ------------------------------------------------------------------ texts in the reader's language

    Labels labels(Locale locale) {
        Map<UUID, String> states = new LinkedHashMap<>();
        for (StateView state : registry.states()) {
            states.put(state.id().value(), state.name().in(locale));
        }
        return new Labels(locale, states);
    }

    /** Column headers, role and verification names, and State names in one language. */
    record Labels(Locale locale, Map<UUID, String> states) {

        List<String> headers() {
            return COLUMNS.stream().map(key -> Messages.text(locale, key)).toList();
        }

        String role(ContactView contact) {
            return Messages.text(locale, "roleType." + contact.roleType().name());
        }

        String state(UUID id) {
            return id == null ? null : states.get(id);
        }

        /** "National point of contact (Programme of Action), Kenya, since 1 March 2024". */
        String roleNote(ContactView contact) {
            String state = state(contact.stateId());
            String from = Formats.date(contact.validFrom(), locale);
            String role = state == null ? role(contact) : role(contact) + ", " + state;
            return contact.validTo() == null ? Messages.text(locale, "export.vcard.roleSince", role, from)
                    : Messages.text(locale, "export.vcard.roleFromTo", role, from,
                    Formats.date(contact.validTo(), locale));
        }

        /** The values of one row, in the order of {@link #COLUMNS}; dates stay dates. */
        List<Object> row(ContactView c) {
            List<Object> values = new ArrayList<>(COLUMNS.size());
            values.add(c.personName());
            values.add(c.latinName());
            values.add(role(c));
            values.add(state(c.stateId()));
            values.add(c.agencyName());
            values.add(c.email());
            values.add(c.phone());
            values.add(String.join(", ", c.languages()));
            values.add(c.validFrom());
            values.add(c.validTo());
            values.add(c.lastVerified());
            values.add(Messages.text(locale, "verification." + Objects.requireNonNull(c.verification()).name()));
            return values;
        }
    }
}
