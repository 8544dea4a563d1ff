package org.salwhub.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes vCard 4.0 (RFC 6350) in UTF-8: text values escaped ({@code \\ , ; } and new lines), lines folded
 * at 75 octets without splitting a character, CRLF line ends.
 */
public final class VCardWriter implements AutoCloseable {

    public static final String MEDIA_TYPE = "text/vcard;charset=utf-8";
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    /** An international number that a {@code tel:} URI (RFC 3966) can carry. */
    private static final Pattern GLOBAL_NUMBER = Pattern.compile("\\+[0-9][0-9 ().\\-]*");

    private final Writer out;

    public VCardWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    public void write(VCard card) {
        line("BEGIN", "", "VCARD");
        line("VERSION", "", "4.0");
        line("PRODID", "", "-//SALW Hub//Directory//EN");
        line("KIND", "", "individual");
        if (card.uid() != null) {
            line("UID", "", "urn:uuid:" + card.uid());
        }
        boolean alternative = card.latinName() != null && !card.latinName().isBlank()
                && !card.latinName().equals(card.formattedName());
        String languageParam = card.nameLanguage() == null ? "" : ";LANGUAGE=" + card.nameLanguage();
        line("FN", alternative ? ";ALTID=1" + languageParam : languageParam, text(card.formattedName()));
        if (alternative) {
            // the same name in Latin letters: language tag with the Latin script subtag, e.g. ar-Latn
            line("FN", ";ALTID=1" + (card.nameLanguage() == null ? "" : ";LANGUAGE=" + card.nameLanguage() + "-Latn"),
                    text(card.latinName()));
        }
        line("N", languageParam, String.join(";", text(card.familyName()), text(card.givenName()), "",
                text(card.honorific()), ""));
        if (present(card.organisation())) {
            line("ORG", "", text(card.organisation()));
        }
        if (present(card.title())) {
            line("TITLE", "", text(card.title()));
        }
        if (!card.roles().isEmpty()) {
            line("ROLE", "", card.roles().stream().map(VCardWriter::text).collect(Collectors.joining("\\, ")));
        }
        List<String> emails = card.emails();
        for (int i = 0; i < emails.size(); i++) {
            line("EMAIL", ";TYPE=work" + (emails.size() > 1 ? ";PREF=" + (i + 1) : ""), text(emails.get(i).trim()));
        }
        telephone(card.phone(), "work,voice");
        telephone(card.mobile(), "cell");
        List<String> languages = card.languages();
        for (int i = 0; i < languages.size(); i++) {
            line("LANG", ";TYPE=work" + (languages.size() > 1 ? ";PREF=" + (i + 1) : ""), text(languages.get(i)));
        }
        if (present(card.address()) || present(card.country())) {
            // ADR: post office box; extended address; street; locality; region; postal code; country
            line("ADR", ";TYPE=work", String.join(";", "", "", text(card.address()), "", "", "", text(card.country())));
        }
        if (present(card.note())) {
            line("NOTE", "", text(card.note()));
        }
        line("END", "", "VCARD");
    }

    private void telephone(String number, String type) {
        if (!present(number)) {
            return;
        }
        String trimmed = number.trim();
        if (GLOBAL_NUMBER.matcher(trimmed).matches()) {
            // "(0)" is the trunk prefix, not dialled from abroad; the other separators become hyphens
            String uri = "tel:" + trimmed.replace("(0)", " ").replaceAll("[()]", "").trim()
                    .replaceAll("[ .]+", "-").replaceAll("-+", "-");
            line("TEL", ";VALUE=uri;TYPE=\"" + type + "\"", uri);
        } else {
            line("TEL", ";VALUE=text;TYPE=\"" + type + "\"", text(trimmed));
        }
    }

    /** Escapes a text value (RFC 6350, 3.4): backslash, comma, semicolon and new lines. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ',' -> escaped.append("\\,");
                case ';' -> escaped.append("\\;");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A content line folded so that no line has more than 75 octets (RFC 6350, 3.2); a character never splits. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append(CRLF).toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    private void line(String name, String parameters, String value) {
        try {
            out.write(fold(name + parameters + ":" + value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes; the underlying stream stays open (the container closes a response). */
    @Override
    public void close() {
        flush();
    }
}
