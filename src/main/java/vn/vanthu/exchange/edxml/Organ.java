package vn.vanthu.exchange.edxml;

/** An organisation as edXML's From, To and Status/From carry it: mã định danh, name and contacts (null when unknown). */
public record Organ(String organId, String name, String address, String email, String telephone, String website) {

    /** An organisation known only by its id and name. */
    public static Organ of(String organId, String name) {
        return new Organ(organId, name, null, null, null, null);
    }
}
