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
import org.salwhub.registry.api.InstrumentEdit;
import org.salwhub.registry.api.InstrumentId;
import org.salwhub.registry.api.InstrumentKind;
import org.salwhub.registry.api.InstrumentView;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * An international or regional instrument on small arms: a treaty (legally binding: the Firearms Protocol, the
 * ATT, the regional conventions and protocols) or a political commitment (the PoA, the ITI).
 */
@Entity
@Table(name = "reg_instrument")
@NamedQuery(name = "Instrument.all", query = "SELECT i FROM Instrument i ORDER BY i.kind, i.adoptedOn, i.code")
@NamedQuery(name = "Instrument.byCode", query = "SELECT i FROM Instrument i WHERE i.code = :code")
public class Instrument {

    /** The width of the title columns. */
    static final int NAME_LENGTH = 500;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_ar")
    private String nameAr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InstrumentKind kind;

    @Column(name = "legally_binding", nullable = false)
    private boolean legallyBinding;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Version
    private long version;

    protected Instrument() {
    }

    public Instrument(UUID id, String code, LocalizedText name, InstrumentKind kind, boolean legallyBinding,
                      LocalDate adoptedOn) {
        this.id = id.toString();
        this.code = Objects.requireNonNull(code, "code");
        this.nameEn = name.en();
        this.nameFr = name.fr();
        this.nameAr = name.ar();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.legallyBinding = legallyBinding;
        this.adoptedOn = Objects.requireNonNull(adoptedOn, "adoptedOn");
    }

    /**
     * Replaces the titles and the adoption date.
     *
     * @param earliestRecorded the earliest signature or deposit recorded for the instrument, or null
     * @throws ValidationException with every rejected field; nothing changes then
     */
    public void update(InstrumentEdit edit, LocalDate today, LocalDate earliestRecorded) {
        List<FieldError> errors = new ArrayList<>();
        String en = trimmed(edit.nameEn());
        String fr = trimmed(edit.nameFr());
        String ar = trimmed(edit.nameAr());
        if (en == null) {
            errors.add(FieldError.of("nameEn", "required"));
        }
        checkLength("nameEn", en, errors);
        checkLength("nameFr", fr, errors);
        checkLength("nameAr", ar, errors);
        if (edit.adoptedOn() == null) {
            errors.add(FieldError.of("adoptedOn", "required"));
        } else if (edit.adoptedOn().isAfter(today)) {
            errors.add(FieldError.of("adoptedOn", "date.future"));
        } else if (earliestRecorded != null && edit.adoptedOn().isAfter(earliestRecorded)) {
            errors.add(FieldError.of("adoptedOn", "date.afterRecordedDates", earliestRecorded));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.nameEn = en;
        this.nameFr = fr;
        this.nameAr = ar;
        this.adoptedOn = edit.adoptedOn();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void checkLength(String field, String text, List<FieldError> errors) {
        if (text != null && text.length() > NAME_LENGTH) {
            errors.add(FieldError.of(field, "tooLong", NAME_LENGTH));
        }
    }

    public long version() {
        return version;
    }

    public InstrumentId instrumentId() {
        return InstrumentId.of(id);
    }

    public String code() {
        return code;
    }

    public boolean legallyBinding() {
        return legallyBinding;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public InstrumentView view() {
        return new InstrumentView(instrumentId(), code, new LocalizedText(nameEn, nameFr, nameAr), kind,
                legallyBinding, adoptedOn, version);
    }
}
