package org.magicref.cli.model;

import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.UsageMessageSpec;

/** What a command's usage help says and how it is laid out, as {@code @Command} declares it. */
record UsageNode(String[] headings, String[][] texts, boolean[] flags, char requiredOptionMarker, String[] exitCodeList) {

    static UsageNode of(UsageMessageSpec u) {
        String[] exitCodes = u.exitCodeList().entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray(String[]::new);
        return new UsageNode(
                new String[] {u.commandListHeading(), u.descriptionHeading(), u.exitCodeListHeading(), u.footerHeading(),
                        u.headerHeading(), u.optionListHeading(), u.parameterListHeading(), u.synopsisHeading(),
                        u.synopsisSubcommandLabel()},
                new String[][] {u.customSynopsis(), u.description(), u.footer(), u.header()},
                new boolean[] {u.abbreviateSynopsis(), u.autoWidth(), u.hidden(), u.showAtFileInUsageHelp(),
                        u.showDefaultValues(), u.showEndOfOptionsDelimiterInUsageHelp(), u.sortOptions(), u.sortSynopsis(),
                        u.adjustLineBreaksForWideCJKCharacters()},
                u.requiredOptionMarker(), exitCodes);
    }

    void applyTo(UsageMessageSpec u) {
        u.commandListHeading(headings[0]).descriptionHeading(headings[1]).exitCodeListHeading(headings[2])
                .footerHeading(headings[3]).headerHeading(headings[4]).optionListHeading(headings[5])
                .parameterListHeading(headings[6]).synopsisHeading(headings[7]).synopsisSubcommandLabel(headings[8]);
        u.customSynopsis(texts[0]).description(texts[1]).footer(texts[2]).header(texts[3]);
        u.abbreviateSynopsis(flags[0]).autoWidth(flags[1]).hidden(flags[2]).showAtFileInUsageHelp(flags[3])
                .showDefaultValues(flags[4]).showEndOfOptionsDelimiterInUsageHelp(flags[5]).sortOptions(flags[6])
                .sortSynopsis(flags[7]).adjustLineBreaksForWideCJKCharacters(flags[8]);
        u.requiredOptionMarker(requiredOptionMarker);
        if (exitCodeList.length > 0) {
            Map<String, String> codes = new LinkedHashMap<>();
            for (int i = 0; i < exitCodeList.length; i += 2) {
                codes.put(exitCodeList[i], exitCodeList[i + 1]);
            }
            u.exitCodeList(codes);
        }
    }

    void write(DataOutput out) throws IOException {
        for (String h : headings) {
            ModelData.string(out, h);
        }
        for (String[] t : texts) {
            ModelData.strings(out, t);
        }
        for (boolean f : flags) {
            out.writeBoolean(f);
        }
        out.writeChar(requiredOptionMarker);
        ModelData.strings(out, exitCodeList);
    }

    static UsageNode read(ModelInput in) throws IOException {
        String[] headings = new String[9];
        for (int i = 0; i < headings.length; i++) {
            headings[i] = ModelData.string(in);
        }
        String[][] texts = new String[4][];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = ModelData.strings(in);
        }
        boolean[] flags = new boolean[9];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = in.readBoolean();
        }
        return new UsageNode(headings, texts, flags, in.readChar(), ModelData.strings(in));
    }
}
