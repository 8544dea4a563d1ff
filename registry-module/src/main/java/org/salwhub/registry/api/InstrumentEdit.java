package org.salwhub.registry.api;

import java.time.LocalDate;

/** What staff may correct of an instrument: its titles and its adoption date (code, kind and force are fixed). */
public record InstrumentEdit(String nameEn, String nameFr, String nameAr, LocalDate adoptedOn) {

    /** The instrument's current fields, to edit. */
    public static InstrumentEdit of(InstrumentView instrument) {
        return new InstrumentEdit(instrument.name().en(), instrument.name().fr(), instrument.name().ar(),
                instrument.adoptedOn());
    }
}
