package org.sepgraph.imports.etsi;

/** Test access to the standard naming rules of the ETSI reader. */
public final class EtsiIsldImporterAccess {
    private EtsiIsldImporterAccess() {}

    public static String etsi(String type, String number) {
        return EtsiIsldImporter.etsi(type, number);
    }

    public static String tgpp(String type, String number) {
        return EtsiIsldImporter.tgpp(type, number);
    }
}
