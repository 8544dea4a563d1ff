package org.salwhub.web.ui.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.salwhub.registry.api.OrganisationDetails;
import org.salwhub.registry.api.OrganisationEdit;
import org.salwhub.registry.api.OrganisationId;
import org.salwhub.registry.api.OrganisationType;
import org.salwhub.registry.api.OrganisationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * Staff keep the organisations of the network up to date: type, acronym and names, whether they give assistance,
 * their IATI organisation identifier, their member States and their own point of contact (a person of the
 * directory, found by name or e-mail).
 */
@Named
@ViewScoped
public class OrganisationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    FacesErrors errors;

    private List<OrganisationView> organisations;
    private List<OrganisationView> filtered;
    private final Form form = new Form();
    /** The persons offered or chosen as points of contact. */
    private final PersonChoices persons = new PersonChoices();

    /** The dialog's fields. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private OrganisationId id;
        private OrganisationType type;
        private String acronym;
        private String nameEn;
        private String nameFr;
        private String nameAr;
        private boolean donor;
        private List<String> members = new ArrayList<>();
        private PersonOption contact;
        private String iatiIdentifier;
        private long version;

        public OrganisationType getType() { return type; }
        public void setType(OrganisationType type) { this.type = type; }
        public String getAcronym() { return acronym; }
        public void setAcronym(String acronym) { this.acronym = acronym; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getNameFr() { return nameFr; }
        public void setNameFr(String nameFr) { this.nameFr = nameFr; }
        public String getNameAr() { return nameAr; }
        public void setNameAr(String nameAr) { this.nameAr = nameAr; }
        public boolean isDonor() { return donor; }
        public void setDonor(boolean donor) { this.donor = donor; }
        public List<String> getMembers() { return members; }
        public void setMembers(List<String> members) {
            this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
        }
        public PersonOption getContact() { return contact; }
        public void setContact(PersonOption contact) { this.contact = contact; }
        public String getIatiIdentifier() { return iatiIdentifier; }
        public void setIatiIdentifier(String iatiIdentifier) { this.iatiIdentifier = iatiIdentifier; }
    }

    public List<OrganisationView> getOrganisations() {
        if (organisations == null) {
            organisations = registry.organisations();
        }
        return organisations;
    }

    /** Opens the dialog on an organisation. */
    public void edit(OrganisationView organisation) {
        OrganisationDetails details = registry.organisationDetails(organisation.id()).orElseThrow();
        OrganisationView o = details.organisation();
        form.id = o.id();
        form.type = o.type();
        form.acronym = o.acronym();
        form.nameEn = o.name().en();
        form.nameFr = o.name().fr();
        form.nameAr = o.name().ar();
        form.donor = o.donor();
        form.members = new ArrayList<>(details.members().stream().map(m -> m.value().toString()).toList());
        form.contact = details.contactPerson() == null ? null
                : directory.person(details.contactPerson()).map(this::option).orElse(null);
        form.iatiIdentifier = o.iatiIdentifier();
        form.version = o.version();
    }

    public void save() {
        Form f = form;
        boolean saved = errors.attempt(() -> registry.updateOrganisation(f.id, new OrganisationEdit(f.type, f.acronym,
                f.nameEn, f.nameFr, f.nameAr, f.donor, f.members.stream().map(m -> new StateId(UUID.fromString(m)))
                .toList(), f.contact == null ? null : PersonId.of(f.contact.id()), f.iatiIdentifier), f.version),
                FIELDS);
        if (saved) {
            organisations = null;
            filtered = null;
            Messages.info("organisations.saved", f.acronym == null ? "" : f.acronym.strip());
            PrimeFaces.current().executeScript("PF('organisationDialog').hide()");
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static final Map<String, String> FIELDS = Map.of("type", "organisationForm:type", "acronym",
            "organisationForm:acronym", "nameEn", "organisationForm:nameEn", "nameFr", "organisationForm:nameFr",
            "nameAr", "organisationForm:nameAr", "members", "organisationForm:members", "contactPerson",
            "organisationForm:contact", "iatiIdentifier", "organisationForm:iatiIdentifier");

    /** Persons whose name or e-mail starts with what staff typed (those holding a role in the directory). */
    public List<PersonOption> completePerson(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        Map<String, PersonOption> found = new LinkedHashMap<>();
        directory.search(new ContactQuery(text.strip(), null, null, null, null, null, false, 0, 30, "personName",
                true)).items().forEach(c -> found.putIfAbsent(c.personId().toString(), persons.offer(
                c.personId().toString(), c.personName(), c.latinName(), c.email())));
        return List.copyOf(found.values()).subList(0, Math.min(found.size(), 12));
    }

    private PersonOption option(PersonView person) {
        return persons.offer(person.id().toString(), person.displayName(), person.details().latinName(),
                person.details().email());
    }

    /** Turns the chosen person into its ID in the form and back. */
    public Converter<PersonOption> getPersonConverter() {
        return persons.converter();
    }

    /** Every State, by name in the viewer's language, for the members. */
    public List<StateView> getStates() {
        Locale locale = Messages.currentLocale();
        Collator collator = Collator.getInstance(locale);
        return registry.states().stream().sorted(Comparator.comparing(s -> s.name().in(locale), collator)).toList();
    }

    public List<OrganisationView> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<OrganisationView> filtered) {
        this.filtered = filtered;
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public Form getForm() {
        return form;
    }
}
