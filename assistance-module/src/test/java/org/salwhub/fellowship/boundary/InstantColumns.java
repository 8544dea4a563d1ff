package org.salwhub.fellowship.boundary;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** For the tests' persistence unit: instants in timestamp columns, as the application's own converter stores them. */
@Converter(autoApply = true)
public class InstantColumns implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return Optional.ofNullable(instant).map(Timestamp::from).orElse(null);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant).orElse(null);
    }
}
