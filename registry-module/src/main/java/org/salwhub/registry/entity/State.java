package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.salwhub.registry.api.RegionalGroup;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateReference;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.UnStatus;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;

/** A UN member or observer State, identified by its ISO 3166-1 codes. */
@Entity
@Table(name = "reg_state")
@NamedQuery(name = "State.all", query = "SELECT s FROM State s ORDER BY s.nameEn")
@NamedQuery(name = "State.members", query = "SELECT s FROM State s WHERE s.commissionMember = TRUE ORDER BY s.nameEn")
@NamedQuery(name = "State.byIso2", query = "SELECT s FROM State s WHERE s.iso2 = :iso2")
@NamedQuery(name = "State.unStates", query = "SELECT s FROM State s WHERE s.unStatus <> :nonMember ORDER BY s.nameEn")
public class State {

    /** The width of the name columns. */
    static final int NAME_LENGTH = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 2)
    private String iso2;

    @Column(nullable = false, length = 3)
    private String iso3;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_ar")
    private String nameAr;

    @Column(name = "commission_member", nullable = false)
    private boolean commissionMember;

    @Column(name = "member_since")
    private LocalDate memberSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "un_status", nullable = false, length = 12)
    private UnStatus unStatus = UnStatus.NON_MEMBER;

    @Enumerated(EnumType.STRING)
    @Column(name = "regional_group", length = 30)
    private RegionalGroup regionalGroup;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Subregion subregion;

    /** M49's developing/developed convention; null outside M49. */
    private Boolean developing;

    @Version
    private long version;

    protected State() {
    }

    public State(UUID id, String iso2, String iso3, LocalizedText name) {
        this.id = id.toString();
        this.iso2 = Objects.requireNonNull(iso2);
        this.iso3 = Objects.requireNonNull(iso3);
        this.nameEn = name.en();
        this.nameFr = name.fr();
        this.nameAr = name.ar();
    }

    /** The State joins this commission on the given date, which is not after {@code today}. */
    public void admitToCommission(LocalDate since, LocalDate today) {
        if (Objects.requireNonNull(since, "since").isAfter(today)) {
            throw new ValidationException("memberSince", "date.future");
        }
        this.commissionMember = true;
        this.memberSince = since;
    }

    /**
     * Replaces the names and the UN data. A Member State belongs to a regional group; a non-member to none
     * (an observer State may, as the State of Palestine belongs to the Asia-Pacific Group).
     *
     * @throws ValidationException with every rejected field; nothing changes then
     */
    public void updateReference(StateReference reference) {
        List<FieldError> errors = new ArrayList<>();
        String en = trimmed(reference.nameEn());
        String fr = trimmed(reference.nameFr());
        String ar = trimmed(reference.nameAr());
        if (en == null) {
            errors.add(FieldError.of("nameEn", "required"));
        }
        checkLength("nameEn", en, errors);
        checkLength("nameFr", fr, errors);
        checkLength("nameAr", ar, errors);
        if (reference.unStatus() == null) {
            errors.add(FieldError.of("unStatus", "required"));
        } else if (reference.unStatus() == UnStatus.MEMBER && reference.regionalGroup() == null) {
            errors.add(FieldError.of("regionalGroup", "required"));
        } else if (reference.unStatus() == UnStatus.NON_MEMBER && reference.regionalGroup() != null) {
            errors.add(FieldError.of("regionalGroup", "regionalGroup.nonMember"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.nameEn = en;
        this.nameFr = fr;
        this.nameAr = ar;
        this.unStatus = reference.unStatus();
        this.regionalGroup = reference.regionalGroup();
        this.subregion = reference.subregion();
        this.developing = reference.developing();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void checkLength(String field, String text, List<FieldError> errors) {
        if (text != null && text.length() > NAME_LENGTH) {
            errors.add(FieldError.of(field, "tooLong", NAME_LENGTH));
        }
    }

    public StateId stateId() {
        return StateId.of(id);
    }

    public String iso2() {
        return iso2;
    }

    public String nameEn() {
        return nameEn;
    }

    public long version() {
        return version;
    }

    public StateView view() {
        return new StateView(stateId(), iso2, iso3, new LocalizedText(nameEn, nameFr, nameAr),
                commissionMember, memberSince, version, unStatus, regionalGroup, subregion, developing);
    }
}
