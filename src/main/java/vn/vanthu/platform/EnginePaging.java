package vn.vanthu.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Camunda's paging parameters, firstResult and maxResults, when below zero: the engine hands them to PostgreSQL,
 * whose refusal of a negative OFFSET or LIMIT came back as a 500 carrying the database's message.
 */
final class EnginePaging {

    static final String MESSAGE = "phải là số nguyên không âm";
    private static final List<String> NAMES = List.of("firstResult", "maxResults");

    private EnginePaging() {
    }

    /** The paging parameters of the query string that are negative numbers; empty when none. */
    static List<String> negative(String query) {
        List<String> names = new ArrayList<>();
        if (query == null || !query.contains("=-")) {
            return names;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && NAMES.contains(pair.substring(0, eq)) && pair.startsWith("-", eq + 1)
                    && !names.contains(pair.substring(0, eq))) {
                names.add(pair.substring(0, eq));
            }
        }
        return names;
    }
}
