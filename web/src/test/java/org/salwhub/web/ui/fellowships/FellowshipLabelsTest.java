package org.salwhub.web.ui.fellowships;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every value the fellowship screens name, and every eligibility rule, has a text in English, French and Arabic. */
class FellowshipLabelsTest {

    @Test
    void everyValueHasANameInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String bundle : List.of("messages.properties", "messages_fr.properties", "messages_ar.properties")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/salwhub/web/i18n/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> keys = new ArrayList<>(List.of("fellowship.ineligible.state",
                    "fellowship.ineligible.agencyType", "fellowship.ineligible.experience",
                    "fellowship.ineligible.language"));
            FellowshipLabels.PREFIXES.forEach((type, prefix) -> {
                for (Enum<?> value : type.getEnumConstants()) {
                    keys.add(FellowshipLabels.key(value));
                }
            });
            for (String key : keys) {
                if (texts.getProperty(key) == null) {
                    missing.add(bundle + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
