package vn.vanthu.directory;

/**
 * An agency outside this vanthu that documents reach through an exchange adapter: its mã định danh
 * (QCVN 102:2016 organ id), its name as edXML writes it, and its mailbox and address if known.
 */
public record ExternalAgency(String organId, String name, String email, String address) {
}
