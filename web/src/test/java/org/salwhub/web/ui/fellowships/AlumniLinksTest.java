package org.salwhub.web.ui.fellowships;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.web.i18n.Messages;

/** The wording of the alumni mark; who is an alumnus is the fellowship module's rule (AlumniProgrammesTest). */
class AlumniLinksTest {

    @Test
    void theMarkIsWordedForAWomanAManOrNeutrallyWhenTheSexIsNotStated() {
        assertEquals(Sex.FEMALE, AlumniLinks.wording(Sex.FEMALE));
        assertEquals(Sex.MALE, AlumniLinks.wording(Sex.MALE));
        assertEquals(Sex.UNDISCLOSED, AlumniLinks.wording(Sex.UNDISCLOSED));
        assertEquals(Sex.UNDISCLOSED, AlumniLinks.wording(null));
        String ended = "20/04/2025";
        Map<String, List<String>> expected = Map.of(
                "en", List.of("Alumna, programme ended 20/04/2025", "Alumnus, programme ended 20/04/2025",
                        "Fellowship alumni, programme ended 20/04/2025"),
                "fr", List.of("Ancienne boursière, programme achevé le 20/04/2025",
                        "Ancien boursier, programme achevé le 20/04/2025",
                        "Alumni de la bourse, programme achevé le 20/04/2025"),
                "ar", List.of("خريجة، انتهى البرنامج في 20/04/2025", "خريج، انتهى البرنامج في 20/04/2025",
                        "من خريجي الزمالة، انتهى البرنامج في 20/04/2025"));
        expected.forEach((language, texts) -> assertEquals(texts, Arrays.stream(Sex.values())
                .map(sex -> Messages.text(Locale.forLanguageTag(language), "person.alumnus." + sex.name(), ended))
                .toList(), language));
    }
}
