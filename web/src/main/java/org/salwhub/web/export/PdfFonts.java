package org.salwhub.web.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;

/**
 * The fonts of the directory's PDF exports. Latin text is set in Helvetica (built into every PDF reader,
 * Windows-1252: English, French, Swahili); everything else, Arabic first, in DejaVu Sans, shipped with SALW Hub
 * ({@link FellowshipPdfs#FONT}, the same file the fellowship letters use) and embedded as a subset with Identity-H.
 * Nothing depends on the fonts installed on the server.
 */
final class PdfFonts {

    private static final BaseFont LATIN = builtIn(BaseFont.HELVETICA);
    private static final BaseFont LATIN_BOLD = builtIn(BaseFont.HELVETICA_BOLD);
    private static final BaseFont UNICODE = unicode();

    private PdfFonts() {
    }

    /** Text in the fonts that have its characters, Helvetica first. */
    static Phrase phrase(String text, float size, boolean bold, Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(bold ? LATIN_BOLD : LATIN, size, Font.NORMAL, color));
        selector.addFont(new Font(UNICODE, size, bold ? Font.BOLD : Font.NORMAL, color));
        return selector.process(text == null ? "" : text);
    }

    private static BaseFont builtIn(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF lacks its built-in font " + name, e);
        }
    }

    private static BaseFont unicode() {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FellowshipPdfs.FONT)) {
            if (in == null) {
                throw new IllegalStateException("the font " + FellowshipPdfs.FONT + " is missing from the application");
            }
            return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot read " + FellowshipPdfs.FONT, e);
        }
    }
}
