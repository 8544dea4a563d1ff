package org.salwhub.registry.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.NotAudited;

/** A person in the network: a focal point, a commissioner, an official of an agency or organisation. */
@Entity
@Table(name = "reg_person")
public class Person {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "state_id", length = 36)
    private String stateId;

    @Column(name = "organisation_id", length = 36)
    private String organisationId;

    @Column(name = "agency_id", length = 36)
    private String agencyId;

    @Column(length = 40)
    private String honorific;

    @Column(name = "given_name", length = 120)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 120)
    private String familyName;

    @Column(name = "latin_name")
    private String latinName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Sex sex;

    @Column(length = 60)
    private String languages;

    @Column(length = 254)
    private String email;

    @NotAudited
    @Column(name = "email_lower", length = 254)
    private String emailLower;

    @Column(name = "alternate_email", length = 254)
    private String alternateEmail;

    @Column(length = 60)
    private String phone;

    @Column(length = 60)
    private String mobile;

    @Column(name = "postal_address", length = 500)
    private String postalAddress;

    @Column(name = "position_title", length = 200)
    private String positionTitle;

    /** Lower-case, accent-free given, family and Latin names, for searching. */
    @NotAudited
    @Column(name = "search_name", nullable = false, length = 400)
    private String searchName;

    /** Each word of the names, normalised, and the e-mail address, for prefix search through an index. */
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "reg_person_token", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "token", length = 120)
    private Set<String> nameTokens = new HashSet<>();

    @Column(name = "merged_with", length = 36)
    private String mergedInto;

    @Column(nullable = false)
    private boolean anonymised;

    @Version
    private long version;

    protected Person() {
    }

    public Person(PersonId id, PersonDetails details) {
        this.id = id.toString();
        apply(details);
    }

    /** Replaces the recorded details. */
    public void apply(PersonDetails d) {
        this.stateId = str(d.stateId());
        this.organisationId = str(d.organisationId());
        this.agencyId = str(d.agencyId());
        this.honorific = trim(d.honorific());
        this.givenName = trim(d.givenName());
        this.familyName = Objects.requireNonNull(trim(d.familyName()));
        this.latinName = trim(d.latinName());
        this.sex = d.sex() == null ? Sex.UNDISCLOSED : d.sex();
        this.languages = String.join(",", d.languages());
        this.email = trim(d.email());
        this.emailLower = email == null ? null : email.toLowerCase(Locale.ROOT);
        this.alternateEmail = trim(d.alternateEmail());
        this.phone = trim(d.phone());
        this.mobile = trim(d.mobile());
        this.postalAddress = trim(d.postalAddress());
        this.positionTitle = trim(d.positionTitle());
        this.searchName = searchKey(givenName, familyName, latinName);
        Set<String> tokens = tokens(givenName, familyName, latinName);
        if (emailLower != null) {
            // the address too, whole: "the text starts the e-mail" then uses the same index as the names
            tokens.add(emailLower.length() > 120 ? emailLower.substring(0, 120) : emailLower);
        }
        if (!tokens.equals(nameTokens)) {
            this.nameTokens = tokens;
        }
    }

    /** The distinct words of the names, normalised like {@link #searchKey}, at most 120 characters each. */
    public static Set<String> tokens(String... names) {
        Set<String> tokens = new HashSet<>();
        for (String word : searchKey(names).split("[\\s\\-'’.,]+")) {
            if (!word.isBlank()) {
                tokens.add(word.length() > 120 ? word.substring(0, 120) : word);
            }
        }
        return tokens;
    }

    /**
     * This record turned out to describe the same person as {@code keeper}:
     * it stays (so references to it still resolve) but points to the keeper.
     */
    public void mergeInto(PersonId keeper) {
        if (mergedInto != null) {
            throw new IllegalStateException("already merged");
        }
        if (keeper.toString().equals(id)) {
            throw new IllegalArgumentException("a person cannot be merged into itself");
        }
        this.mergedInto = keeper.toString();
    }

    /** Takes over what the duplicate knows and this record lacks; nothing recorded here is overwritten. */
    public void absorb(PersonDetails other) {
        PersonDetails mine = details();
        apply(new PersonDetails(mine.stateId() != null ? mine.stateId() : other.stateId(),
                mine.organisationId() != null ? mine.organisationId() : other.organisationId(),
                mine.agencyId() != null ? mine.agencyId() : other.agencyId(),
                first(mine.honorific(), other.honorific()), first(mine.givenName(), other.givenName()),
                mine.familyName(), first(mine.latinName(), other.latinName()),
                mine.sex() != Sex.UNDISCLOSED ? mine.sex() : other.sex(),
                mine.languages().isEmpty() ? other.languages() : mine.languages(),
                first(mine.email(), other.email()),
                first(mine.alternateEmail(), mine.email() != null && other.email() != null
                        && !mine.email().equalsIgnoreCase(other.email()) ? other.email() : other.alternateEmail()),
                first(mine.phone(), other.phone()), first(mine.mobile(), other.mobile()),
                first(mine.postalAddress(), other.postalAddress()), first(mine.positionTitle(), other.positionTitle())));
    }

    /**
     * Removes everything that identifies the person. The record and its roles
     * stay, so history and references remain valid.
     */
    public void anonymise() {
        PersonDetails mine = details();
        apply(new PersonDetails(mine.stateId(), mine.organisationId(), mine.agencyId(), null, null,
                "Anonymised " + id.substring(0, 8), null, Sex.UNDISCLOSED, List.of(), null, null, null, null, null,
                null));
        this.anonymised = true;
    }

    public boolean isActive() {
        return mergedInto == null && !anonymised;
    }

    public String searchName() {
        return searchName;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** Lower case, without accents, so that "Niyonzima" finds "Niyonzíma". */
    public static String searchKey(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String decomposed = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    public String displayName() {
        return Stream.of(honorific, givenName, familyName).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }

    public PersonDetails details() {
        return new PersonDetails(uuid(stateId), uuid(organisationId), uuid(agencyId), honorific, givenName,
                familyName, latinName, sex, languageList(), email, alternateEmail, phone, mobile, postalAddress,
                positionTitle);
    }

    public List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }

    public PersonView view() {
        return new PersonView(PersonId.of(id), details(), displayName(), anonymised, uuid(mergedInto), version);
    }

    public String id() {
        return id;
    }

    public UUID stateId() {
        return uuid(stateId);
    }

    public String agencyId() {
        return agencyId;
    }

    public long version() {
        return version;
    }

    static String str(UUID id) {
        return id == null ? null : id.toString();
    }

    static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
