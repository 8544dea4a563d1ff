package org.salwhub.web.ui.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.NewRole;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.Replacement;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.web.i18n.Messages;
import org.salwhub.web.ui.FacesErrors;

/**
 * The State page's contact editing: a focal point (or staff) appoints someone to a role, hands a role over to a
 * successor (the old holder's role ends and stays in the history), ends a role, confirms one entry, and corrects
 * a person's details. The boundary checks who may; a refusal keeps the dialog open with what was typed.
 */
@Named
@ViewScoped
public class StateContactsEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages offered for a contact: the UN's six and the region's working languages. */
    static final List<String> LANGUAGES = List.of("ar", "en", "es", "fr", "ru", "zh", "am", "pt", "rw", "so", "sw",
            "ti");

    /** What the contact dialog does. */
    public enum Mode { APPOINT, REPLACE, EDIT_PERSON }

    @Inject
    DirectoryFacade directory;

    @Inject
    StateProfilePage page;

    @Inject
    FacesErrors errors;

    private Mode mode = Mode.APPOINT;
    private ContactView role;
    private boolean newPerson = true;
    private String existingPerson;
    private RoleType roleType = RoleType.POA_NPC;
    private LocalDate from = LocalDate.now();
    private String reason;
    private LocalDate lastDay = LocalDate.now();
    private final PersonForm person = new PersonForm();

    /** The person fields of the dialog. */
    public static final class PersonForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private PersonId id;
        private long version;
        private UUID organisationId;
        private String honorific;
        private String givenName;
        private String familyName;
        private String latinName;
        private Sex sex;
        private List<String> languages = new ArrayList<>();
        private String email;
        private String alternateEmail;
        private String phone;
        private String mobile;
        private String postalAddress;
        private String positionTitle;
        private String agencyId;

        void clear() {
            fill(null);
        }

        void fill(PersonView view) {
            PersonDetails d = view == null ? null : view.details();
            id = view == null ? null : view.id();
            version = view == null ? 0 : view.version();
            organisationId = d == null ? null : d.organisationId();
            honorific = d == null ? null : d.honorific();
            givenName = d == null ? null : d.givenName();
            familyName = d == null ? null : d.familyName();
            latinName = d == null ? null : d.latinName();
            sex = d == null ? null : d.sex();
            languages = d == null ? new ArrayList<>() : new ArrayList<>(d.languages());
            email = d == null ? null : d.email();
            alternateEmail = d == null ? null : d.alternateEmail();
            phone = d == null ? null : d.phone();
            mobile = d == null ? null : d.mobile();
            postalAddress = d == null ? null : d.postalAddress();
            positionTitle = d == null ? null : d.positionTitle();
            agencyId = d == null || d.agencyId() == null ? null : d.agencyId().toString();
        }

        PersonDetails details(UUID state) {
            return new PersonDetails(state, state == null ? organisationId : null,
                    agencyId == null || agencyId.isBlank() ? null : UUID.fromString(agencyId), blank(honorific),
                    blank(givenName), blank(familyName), blank(latinName), sex, languages, blank(email),
                    blank(alternateEmail), blank(phone), blank(mobile), blank(postalAddress), blank(positionTitle));
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        public String getHonorific() { return honorific; }
        public void setHonorific(String honorific) { this.honorific = honorific; }
        public String getGivenName() { return givenName; }
        public void setGivenName(String givenName) { this.givenName = givenName; }
        public String getFamilyName() { return familyName; }
        public void setFamilyName(String familyName) { this.familyName = familyName; }
        public String getLatinName() { return latinName; }
        public void setLatinName(String latinName) { this.latinName = latinName; }
        public Sex getSex() { return sex; }
        public void setSex(Sex sex) { this.sex = sex; }
        public List<String> getLanguages() { return languages; }
        public void setLanguages(List<String> languages) {
            this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
        }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getAlternateEmail() { return alternateEmail; }
        public void setAlternateEmail(String alternateEmail) { this.alternateEmail = alternateEmail; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getMobile() { return mobile; }
        public void setMobile(String mobile) { this.mobile = mobile; }
        public String getPostalAddress() { return postalAddress; }
        public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
        public String getPositionTitle() { return positionTitle; }
        public void setPositionTitle(String positionTitle) { this.positionTitle = positionTitle; }
        public String getAgencyId() { return agencyId; }
        public void setAgencyId(String agencyId) { this.agencyId = agencyId; }
    }

    // ------------------------------------------------------------------ opening the dialogs

    /** Opens the dialog to appoint someone to a role. */
    public void appoint() {
        open(Mode.APPOINT, null);
        roleType = firstVacantRole();
    }

    /** Opens the dialog to hand one role over to a successor. */
    public void replace(ContactView current) {
        open(Mode.REPLACE, current);
        roleType = current.roleType();
        // a successor takes over after the holder's first day
        from = current.validFrom().isBefore(LocalDate.now()) ? LocalDate.now() : current.validFrom().plusDays(1);
    }

    /** Opens the dialog on the details of a role's holder. */
    public void editPerson(ContactView current) {
        open(Mode.EDIT_PERSON, current);
        directory.person(current.personId()).ifPresent(person::fill);
    }

    /** Opens the small dialog that ends a role. */
    public void end(ContactView current) {
        role = current;
        lastDay = current.validFrom().isAfter(LocalDate.now()) ? current.validFrom() : LocalDate.now();
        reason = null;
    }

    private void open(Mode mode, ContactView current) {
        this.mode = mode;
        this.role = current;
        newPerson = true;
        existingPerson = null;
        from = LocalDate.now();
        reason = null;
        person.clear();
    }

    private RoleType firstVacantRole() {
        return page.getRoles().stream().filter(g -> g.contacts().isEmpty()).map(StateProfilePage.RoleGroup::type)
                .findFirst().orElse(RoleType.POA_NPC);
    }

    // ------------------------------------------------------------------ saving

    public void save() {
        UUID state = page.getState().id().value();
        PersonId chosen = existingPerson == null || existingPerson.isBlank() ? null
                : PersonId.of(existingPerson);
        boolean saved = errors.attempt(() -> {
            switch (mode) {
                case APPOINT -> {
                    if (newPerson) {
                        directory.appoint(person.details(state), roleType, from);
                    } else {
                        directory.assignRole(new NewRole(required(chosen), state, null, roleType, from));
                    }
                }
                case REPLACE -> {
                    if (newPerson) {
                        directory.replaceWithNewPerson(role.roleId(), person.details(state), from, reason,
                                role.version());
                    } else {
                        directory.replace(new Replacement(role.roleId(), required(chosen), from, reason,
                                role.version()));
                    }
                }
                case EDIT_PERSON -> directory.updatePerson(person.id, person.details(state), person.version);
            }
        }, FIELDS);
        if (saved) {
            page.reload();
            Messages.info(switch (mode) {
                case APPOINT -> "state.contact.appointed";
                case REPLACE -> "state.contact.replaced";
                case EDIT_PERSON -> "state.contact.personSaved";
            });
            PrimeFaces.current().executeScript("PF('contactDialog').hide()");
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static PersonId required(PersonId chosen) {
        if (chosen == null) {
            throw new org.salwhub.registry.api.kernel.ValidationException("personId", "required");
        }
        return chosen;
    }

    /** Ends the chosen role on the given day; it stays in the history. */
    public void saveEnd() {
        boolean saved = errors.attempt(() -> directory.endRole(role.roleId(), lastDay, PersonForm.blank(reason),
                role.version()), Map.of("lastDay", "endForm:lastDay", "roleId", "endForm:lastDay"));
        if (saved) {
            page.reload();
            Messages.info("state.contact.ended");
            PrimeFaces.current().executeScript("PF('endDialog').hide()");
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Records that one entry was checked today. */
    public void verify(ContactView current) {
        if (errors.attempt(() -> directory.verify(current.roleId(), current.version()), Map.of())) {
            page.reload();
            Messages.info("state.contact.verified", current.personName());
        }
    }

    private static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        for (String field : List.of("honorific", "givenName", "familyName", "latinName", "sex", "languages",
                "email", "alternateEmail", "phone", "mobile", "postalAddress", "positionTitle")) {
            fields.put(field, "contactForm:" + field);
        }
        fields.put("agencyId", "contactForm:agency");
        fields.put("roleType", "contactForm:roleType");
        fields.put("validFrom", "contactForm:from");
        fields.put("from", "contactForm:from");
        fields.put("personId", "contactForm:existingPerson");
        fields.put("successor", "contactForm:existingPerson");
        return Map.copyOf(fields);
    }

    // ------------------------------------------------------------------ what the dialogs offer

    /** People who hold or held a role for this State, by name, for "someone already in the directory". */
    public Map<String, String> getKnownPersons() {
        Map<String, String> persons = new LinkedHashMap<>();
        page.getHistoryRoles().stream()
                .filter(c -> role == null || !c.personId().equals(role.personId()))
                .sorted(java.util.Comparator.comparing(ContactView::personName))
                .forEach(c -> persons.putIfAbsent(c.personId().value().toString(), c.personName()));
        return persons;
    }

    public List<RoleType> getRoleTypes() {
        return List.of(RoleType.values());
    }

    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    public List<String> getLanguageCodes() {
        return LANGUAGES;
    }

    public Mode getMode() { return mode; }
    public ContactView getRole() { return role; }
    public boolean isNewPerson() { return newPerson; }
    public void setNewPerson(boolean newPerson) { this.newPerson = newPerson; }
    public String getExistingPerson() { return existingPerson; }
    public void setExistingPerson(String existingPerson) { this.existingPerson = existingPerson; }
    public RoleType getRoleType() { return roleType; }
    public void setRoleType(RoleType roleType) { this.roleType = roleType; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public PersonForm getPerson() { return person; }
}
