package org.salwhub.registry.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.entity.Agency;
import org.salwhub.registry.entity.Organisation;
import org.salwhub.registry.entity.State;

/**
 * The directory's input rules, shared by the boundaries that change it: the screens and the API
 * (through {@code DirectoryService}) and the CSV import check the same things the same way.
 * Each check adds {@link FieldError}s to a list; the caller decides whether to throw.
 */
public final class DirectoryRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());

    private DirectoryRules() {
    }

    /** Everything wrong with a person's details; empty when they may be saved. */
    public static List<FieldError> personErrors(EntityManager em, PersonDetails d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.familyName() == null || d.familyName().isBlank()) {
            errors.add(FieldError.of("familyName", "required"));
        }
        tooLong(d.familyName(), "familyName", 120, errors);
        tooLong(d.givenName(), "givenName", 120, errors);
        tooLong(d.latinName(), "latinName", 255, errors);
        tooLong(d.postalAddress(), "postalAddress", 500, errors);
        if (d.familyName() != null && containsArabic(d.givenName() + d.familyName())
                && (d.latinName() == null || d.latinName().isBlank())) {
            errors.add(FieldError.of("latinName", "person.transliterationRequired"));
        }
        email(d.email(), "email", errors);
        email(d.alternateEmail(), "alternateEmail", errors);
        for (String language : d.languages()) {
            if (!isLanguageCode(language)) {
                errors.add(FieldError.of("languages", "language.unknown", language));
            }
        }
        checkOwner(em, d.stateId(), d.organisationId(), errors);
        if (d.agencyId() != null) {
            Agency agency = em.find(Agency.class, d.agencyId().toString());
            if (agency == null || (d.stateId() != null && !d.stateId().equals(agency.stateId()))) {
                errors.add(FieldError.of("agencyId", "agency.otherState"));
            }
        }
        return errors;
    }

    /** A record belongs to exactly one known State or one known organisation. */
    public static void checkOwner(EntityManager em, UUID state, UUID organisation, List<FieldError> errors) {
        if ((state == null) == (organisation == null)) {
            errors.add(FieldError.of("stateId", "owner.exactlyOne"));
        } else if (state != null && em.find(State.class, state.toString()) == null) {
            errors.add(FieldError.of("stateId", "state.unknown"));
        } else if (organisation != null && em.find(Organisation.class, organisation.toString()) == null) {
            errors.add(FieldError.of("organisationId", "scope.unknownOrganisation"));
        }
    }

    /** A role starts on a given day, at most a year ahead of {@code today}. */
    public static void checkRoleStart(LocalDate validFrom, LocalDate today, List<FieldError> errors) {
        if (validFrom == null) {
            errors.add(FieldError.of("validFrom", "required"));
        } else if (validFrom.isAfter(today.plusYears(1))) {
            errors.add(FieldError.of("validFrom", "date.tooFarAhead"));
        }
    }

    public static boolean containsArabic(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** An ISO 639-1 language code, in lower case. */
    public static boolean isLanguageCode(String code) {
        return LANGUAGE_CODES.contains(code);
    }

    public static void email(String value, String field, List<FieldError> errors) {
        if (value != null && !value.isBlank() && (!EMAIL.matcher(value.trim()).matches() || value.trim().length() > 254)) {
            errors.add(FieldError.of(field, "email.format"));
        }
    }

    public static void tooLong(String value, String field, int max, List<FieldError> errors) {
        if (value != null && value.trim().length() > max) {
            errors.add(FieldError.of(field, "tooLong", max));
        }
    }
}
