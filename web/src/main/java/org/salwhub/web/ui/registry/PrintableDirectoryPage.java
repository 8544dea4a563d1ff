package org.salwhub.web.ui.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.salwhub.web.export.DirectoryPdf;
import org.salwhub.web.export.PrintableDirectory;
import org.salwhub.web.i18n.Messages;

/** Network members print the directory by subregion (the browser's print dialog) or download it as a PDF. */
@Named
@ViewScoped
public class PrintableDirectoryPage implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryPdf pdf;

    private transient PrintableDirectory directory;

    public PrintableDirectory getDirectory() {
        if (directory == null) {
            directory = pdf.printable(Messages.currentLocale());
        }
        return directory;
    }

    public StreamedContent getPdf() {
        Locale locale = Messages.currentLocale();
        return DefaultStreamedContent.builder().name("salwhub-directory-" + LocalDate.now(clock) + ".pdf")
                .contentType(DirectoryPdf.MEDIA_TYPE)
                .writer(out -> pdf.printable(pdf.printable(locale), locale, out)).build();
    }
}
