package vn.vanthu.exchange;

/**
 * The seam to systems outside this vanthu: carries one edXML package to the agency with a mã định danh.
 * vanthu ships "file" (a folder per mã định danh) and "http" (POST to a configured URL); an adapter for
 * the national exchange platform (trục liên thông văn bản quốc gia) is a bean of this type with its own
 * name, routed to with vanthu.exchange.routes or made the default (docs/distribution.md).
 */
public interface ExchangeAdapter {

    /** The name routes and vanthu.exchange.default-adapter refer to. */
    String name();

    /** Delivers the package or throws; a throw is retried with back-off and ends as an incident. */
    void deliver(OutgoingPackage outgoing) throws Exception;

    /**
     * A package on its way out.
     *
     * @param messageId the outbox message id: the same id on a retry, so a receiver can drop duplicates
     * @param organId   the mã định danh of the receiving agency
     * @param kind      DOCUMENT, RECALL or STATUS
     * @param edxml     the package, UTF-8 XML valid against /edxml/qcvn-102-2016.xsd
     */
    record OutgoingPackage(long messageId, String organId, String kind, byte[] edxml) {
    }
}
