package org.salwhub.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.salwhub.meetings.api.AccessLevel;
import org.salwhub.meetings.api.ConflictKind;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.DocumentType;
import org.salwhub.meetings.api.FollowUpStatus;
import org.salwhub.meetings.api.InvitationResponse;
import org.salwhub.meetings.api.InviteeKind;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.OutcomeKind;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.meetings.api.SponsorshipDecision;
import org.salwhub.registry.api.directory.Sex;

/** Every value of the enums the meeting screens name through {@link Labels} has its name in every language. */
class LabelsTest {

    static final List<Class<? extends Enum<?>>> NAMED = List.of(MeetingType.class, MeetingStatus.class,
            DelegationRole.class, RegistrationStatus.class, SponsorshipDecision.class, ParticipantCategory.class,
            DocumentType.class, AccessLevel.class, OutcomeKind.class, FollowUpStatus.class, ConflictKind.class,
            InvitationResponse.class, InviteeKind.class, Sex.class);

    @Test
    void everyEnumValueHasANameInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String suffix : List.of("", "_fr", "_ar")) {
            Properties bundle = new Properties();
            try (var in = new InputStreamReader(LabelsTest.class.getResourceAsStream(
                    "/org/salwhub/web/i18n/messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            for (Class<? extends Enum<?>> type : NAMED) {
                for (Enum<?> value : type.getEnumConstants()) {
                    if (bundle.getProperty(Labels.key(value)) == null) {
                        missing.add(suffix + " " + Labels.key(value));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theKeyNamesTheEnumAndTheValue() {
        assertEquals("enum.MeetingStatus.REGISTRATION_OPEN", Labels.key(MeetingStatus.REGISTRATION_OPEN));
    }
}
