package vn.vanthu.exchange;

import java.util.List;

/**
 * The recipients a dispatch names, as far as the directory knows them: the ones resolved, the lines
 * nobody has mapped yet (the văn thư maps each once), and the lines mapped to "not sent electronically".
 */
public record Resolution(List<Recipient> recipients, List<String> unknown, List<String> notSent) {

    public Resolution {
        recipients = List.copyOf(recipients);
        unknown = List.copyOf(unknown);
        notSent = List.copyOf(notSent);
    }

    /** True when every line is known: the list can be confirmed and sent. */
    public boolean complete() {
        return unknown.isEmpty();
    }
}
