package org.sepgraph.imports.etsi;

/** Test access to the standard naming rules of the ETSI reader. */
public final class EtsiIsldParserAccess {
    private EtsiIsldParserAccess() {}

    public static String etsi(String type, String number) {
        return EtsiIsldParser.etsi(type, number);
    }

    public static String tgpp(String type, String number) {
        return EtsiIsldParser.tgpp(type, number);
    }
}
