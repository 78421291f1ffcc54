package org.magicref.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.magicref.notebook.Change;
import org.magicref.report.ChangeReport;

/** The base of the commands that change the user's catalogue: each writes one change to the journal. */
public abstract class ChangeCommand extends CatalogueCommand {

    /** Checks the change against the catalogue, writes it, and says what was recorded. */
    protected Integer record(String kind, Map<String, String> fields) throws IOException {
        catalogue();
        Change written = catalogueOptions().record(kind, fields);
        print(ChangeReport.written(written));
        return ExitCodes.OK;
    }

    /** The fields of a change in the order given, the absent ones left out. */
    protected static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                out.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return out;
    }
}
