package org.salwhub.registry.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.salwhub.registry.api.InstrumentKind;
import org.salwhub.registry.api.InstrumentStatus;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateInstrumentView;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;

/** The steps of a State towards a treaty or a political commitment, and the checks on their dates. */
class StateInstrumentStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate ATT_ADOPTED = LocalDate.of(2013, 4, 2);
    private static final StateId KENYA = new StateId(UUID.nameUUIDFromBytes("state:KE".getBytes()));

    private final Instrument att = new Instrument(UUID.randomUUID(), "ATT", new LocalizedText("Arms Trade Treaty",
            "Traité sur le commerce des armes", "معاهدة تجارة الأسلحة"), InstrumentKind.GLOBAL, true, ATT_ADOPTED);
    private final Instrument poa = new Instrument(UUID.randomUUID(), "POA", new LocalizedText("Programme of Action",
            null, null), InstrumentKind.GLOBAL, false, LocalDate.of(2001, 7, 20));

    private StateInstrumentStatus kenyaAnd(Instrument instrument) {
        return new StateInstrumentStatus(UUID.randomUUID(), KENYA, instrument);
    }

    // ------------------------------------------------------------ the usual paths

    @Test
    void aNewRecordIsNotParty() {
        StateInstrumentView view = kenyaAnd(att).view();
        assertEquals(InstrumentStatus.NOT_PARTY, view.status());
        assertEquals(KENYA, view.state());
        assertEquals(att.instrumentId(), view.instrument());
        assertEquals("ATT", view.instrumentCode());
        assertNull(view.signedOn());
        assertNull(view.depositedOn());
        assertEquals(0, view.version());
        assertEquals(view, StateInstrumentStatus.notRecorded(KENYA, att));
    }

    @Test
    void signThenRatify() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.sign(LocalDate.of(2013, 9, 25), TODAY);
        assertEquals(InstrumentStatus.SIGNED, status.status());
        assertEquals(LocalDate.of(2013, 9, 25), status.signedOn());
        status.ratify(LocalDate.of(2015, 1, 10), TODAY);
        assertEquals(InstrumentStatus.RATIFIED, status.status());
        assertEquals(LocalDate.of(2013, 9, 25), status.signedOn());
        assertEquals(LocalDate.of(2015, 1, 10), status.depositedOn());
    }

    @Test
    void signThenAcceptOrApprove() {
        StateInstrumentStatus accepting = kenyaAnd(att);
        accepting.sign(LocalDate.of(2013, 6, 3), TODAY);
        accepting.accept(LocalDate.of(2014, 5, 9), TODAY);
        assertEquals(InstrumentStatus.ACCEPTED, accepting.status());

        StateInstrumentStatus approving = kenyaAnd(att);
        approving.sign(LocalDate.of(2013, 6, 3), TODAY);
        approving.approve(LocalDate.of(2014, 4, 2), TODAY);
        assertEquals(InstrumentStatus.APPROVED, approving.status());
    }

    @Test
    void accedeWithoutSignature() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.accede(LocalDate.of(2016, 2, 1), TODAY);
        assertEquals(InstrumentStatus.ACCEDED, status.status());
        assertNull(status.signedOn());
        assertEquals(LocalDate.of(2016, 2, 1), status.depositedOn());
    }

    @Test
    void succeedToATreaty() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.succeed(LocalDate.of(2016, 2, 1), TODAY);
        assertEquals(InstrumentStatus.SUCCEEDED, status.status());
    }

    @Test
    void aDepositOnTheDayOfSignatureOrTodayIsFine() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.sign(TODAY, TODAY);
        status.ratify(TODAY, TODAY);
        assertEquals(InstrumentStatus.RATIFIED, status.status());
        StateInstrumentStatus first = kenyaAnd(att);
        first.sign(ATT_ADOPTED, TODAY);
        assertEquals(ATT_ADOPTED, first.signedOn());
    }

    @Test
    void commitToAPoliticalInstrumentAndWithdraw() {
        StateInstrumentStatus status = kenyaAnd(poa);
        status.commit(TODAY);
        assertEquals(InstrumentStatus.COMMITTED, status.status());
        status.withdraw(TODAY);
        assertEquals(InstrumentStatus.NOT_PARTY, status.status());
    }

    @Test
    void withdrawingASignatureClearsTheDates() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.sign(LocalDate.of(2013, 9, 25), TODAY);
        status.withdraw(TODAY);
        assertEquals(InstrumentStatus.NOT_PARTY, status.status());
        assertNull(status.signedOn());
    }

    @Test
    void recordCorrectsADate() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.sign(LocalDate.of(2013, 9, 25), TODAY);
        status.ratify(LocalDate.of(2015, 1, 10), TODAY);
        status.record(InstrumentStatus.RATIFIED, LocalDate.of(2013, 9, 26), LocalDate.of(2015, 1, 12), TODAY);
        assertEquals(LocalDate.of(2013, 9, 26), status.signedOn());
        assertEquals(LocalDate.of(2015, 1, 12), status.depositedOn());
    }

    // ------------------------------------------------------------ wrong steps

    @Test
    void ratificationNeedsASignature() {
        StateInstrumentStatus status = kenyaAnd(att);
        assertErrors(() -> status.ratify(LocalDate.of(2015, 1, 10), TODAY), FieldError.of("status", "status.notSigned"));
        assertEquals(InstrumentStatus.NOT_PARTY, status.status());
    }

    @Test
    void aPartyNeitherSignsNorAccedesAgain() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.accede(LocalDate.of(2016, 2, 1), TODAY);
        assertErrors(() -> status.sign(LocalDate.of(2016, 3, 1), TODAY), FieldError.of("status", "status.alreadySigned"));
        assertErrors(() -> status.accede(LocalDate.of(2016, 3, 1), TODAY), FieldError.of("status", "status.alreadyBound"));
        assertErrors(() -> status.ratify(LocalDate.of(2016, 3, 1), TODAY), FieldError.of("status", "status.alreadyBound"));
        assertEquals(LocalDate.of(2016, 2, 1), status.depositedOn());
    }

    @Test
    void aSignatoryDoesNotSignTwice() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.sign(LocalDate.of(2013, 9, 25), TODAY);
        assertErrors(() -> status.sign(LocalDate.of(2014, 1, 1), TODAY), FieldError.of("status", "status.alreadySigned"));
        assertEquals(LocalDate.of(2013, 9, 25), status.signedOn());
    }

    @Test
    void aPoliticalCommitmentIsNotSignedOrRatified() {
        StateInstrumentStatus status = kenyaAnd(poa);
        assertErrors(() -> status.sign(LocalDate.of(2002, 1, 1), TODAY), FieldError.of("status", "status.treatyOnly"));
        assertErrors(() -> status.accede(LocalDate.of(2002, 1, 1), TODAY), FieldError.of("status", "status.treatyOnly"));
        assertEquals(InstrumentStatus.NOT_PARTY, status.status());
    }

    @Test
    void aTreatyIsNotCommittedTo() {
        StateInstrumentStatus status = kenyaAnd(att);
        assertErrors(() -> status.commit(TODAY), FieldError.of("status", "status.commitmentOnly"));
    }

    // ------------------------------------------------------------ wrong dates

    @Test
    void noDateBeforeTheAdoption() {
        StateInstrumentStatus status = kenyaAnd(att);
        assertErrors(() -> status.sign(LocalDate.of(2013, 4, 1), TODAY),
                FieldError.of("signedOn", "date.beforeAdoption", "2013-04-02"));
        assertErrors(() -> status.accede(LocalDate.of(2012, 12, 31), TODAY),
                FieldError.of("depositedOn", "date.beforeAdoption", "2013-04-02"));
        assertEquals(InstrumentStatus.NOT_PARTY, status.status());
    }

    @Test
    void noDateInTheFuture() {
        StateInstrumentStatus status = kenyaAnd(att);
        assertErrors(() -> status.sign(TODAY.plusDays(1), TODAY), FieldError.of("signedOn", "date.future"));
        status.sign(LocalDate.of(2013, 9, 25), TODAY);
        assertErrors(() -> status.ratify(TODAY.plusYears(1), TODAY), FieldError.of("depositedOn", "date.future"));
        assertEquals(InstrumentStatus.SIGNED, status.status());
        assertNull(status.depositedOn());
    }

    @Test
    void noDepositBeforeTheSignature() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.sign(LocalDate.of(2014, 9, 25), TODAY);
        assertErrors(() -> status.ratify(LocalDate.of(2014, 9, 24), TODAY),
                FieldError.of("depositedOn", "date.beforeSignature", "2014-09-25"));
    }

    @Test
    void requiredDates() {
        StateInstrumentStatus status = kenyaAnd(att);
        assertErrors(() -> status.sign(null, TODAY), FieldError.of("signedOn", "required"));
        assertErrors(() -> status.accede(null, TODAY), FieldError.of("depositedOn", "required"));
        assertErrors(() -> status.record(InstrumentStatus.RATIFIED, null, null, TODAY),
                FieldError.of("signedOn", "required"), FieldError.of("depositedOn", "required"));
        assertErrors(() -> status.record(null, null, null, TODAY), FieldError.of("status", "required"));
    }

    @Test
    void datesAStatusDoesNotTake() {
        StateInstrumentStatus treaty = kenyaAnd(att);
        assertErrors(() -> treaty.record(InstrumentStatus.NOT_PARTY, LocalDate.of(2014, 1, 1), LocalDate.of(2015, 1, 1), TODAY),
                FieldError.of("signedOn", "date.notApplicable"), FieldError.of("depositedOn", "date.notApplicable"));
        assertErrors(() -> treaty.record(InstrumentStatus.SIGNED, LocalDate.of(2014, 1, 1), LocalDate.of(2015, 1, 1), TODAY),
                FieldError.of("depositedOn", "date.notApplicable"));
        StateInstrumentStatus commitment = kenyaAnd(poa);
        assertErrors(() -> commitment.record(InstrumentStatus.COMMITTED, null, LocalDate.of(2002, 1, 1), TODAY),
                FieldError.of("depositedOn", "date.notApplicable"));
    }

    @Test
    void everyErrorAtOnceAndNothingChanges() {
        StateInstrumentStatus status = kenyaAnd(att);
        status.sign(LocalDate.of(2013, 9, 25), TODAY);
        assertErrors(() -> status.record(InstrumentStatus.COMMITTED, LocalDate.of(2010, 1, 1), TODAY.plusDays(2), TODAY),
                FieldError.of("status", "status.commitmentOnly"),
                FieldError.of("signedOn", "date.notApplicable"),
                FieldError.of("depositedOn", "date.notApplicable"),
                FieldError.of("signedOn", "date.beforeAdoption", "2013-04-02"),
                FieldError.of("depositedOn", "date.future"));
        assertAll(
                () -> assertEquals(InstrumentStatus.SIGNED, status.status()),
                () -> assertEquals(LocalDate.of(2013, 9, 25), status.signedOn()),
                () -> assertNull(status.depositedOn()));
    }

    @Test
    void whatEachStatusMeans() {
        assertAll(
                () -> assertEquals(List.of(InstrumentStatus.RATIFIED, InstrumentStatus.ACCEPTED, InstrumentStatus.APPROVED,
                        InstrumentStatus.ACCEDED, InstrumentStatus.SUCCEEDED, InstrumentStatus.COMMITTED),
                        List.of(InstrumentStatus.values()).stream().filter(InstrumentStatus::isBound).toList()),
                () -> assertEquals(List.of(InstrumentStatus.NOT_PARTY, InstrumentStatus.COMMITTED),
                        List.of(InstrumentStatus.values()).stream().filter(s -> s.appliesTo(false)).toList()),
                () -> assertEquals(List.of(InstrumentStatus.SIGNED, InstrumentStatus.RATIFIED, InstrumentStatus.ACCEPTED,
                        InstrumentStatus.APPROVED),
                        List.of(InstrumentStatus.values()).stream().filter(InstrumentStatus::needsSignature).toList()));
    }

    private static void assertErrors(Executable change, FieldError... expected) {
        ValidationException invalid = assertThrows(ValidationException.class, change);
        assertEquals(List.of(expected), invalid.errors());
    }
}
