package vn.vanthu.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.AddressBook;
import vn.vanthu.directory.Agency;
import vn.vanthu.directory.Directory;
import vn.vanthu.directory.ExternalAgency;
import vn.vanthu.directory.Person;
import vn.vanthu.directory.RecipientMapping;
import vn.vanthu.document.Dispatch;
import vn.vanthu.exchange.ExchangeProblem.InvalidRecipients;

/**
 * Who a dispatch goes to: Kính gửi and Nơi nhận line by line ("Như trên" is the Kính gửi list, "Lưu: …"
 * is the archive), each line an agency of the directory by its name, or what the văn thư once mapped it to.
 */
@Service
public class Recipients {

    /** A name followed by its purpose in brackets: "UBND tỉnh (để báo cáo)", "Bộ LĐTBXH (B/c)". */
    private static final Pattern PURPOSE = Pattern.compile("\\s*(.*\\S)\\s*\\([^()]*\\)[\\s;,.]*");
    /** Longest Nơi nhận line the address book keeps (its column). */
    static final int MAX_LINE = 400;

    private final Directory directory;
    private final AddressBook addresses;

    Recipients(Directory directory, AddressBook addresses) {
        this.directory = directory;
        this.addresses = addresses;
    }

    /** The recipients the dispatch names, the lines nobody mapped yet, and the lines mapped to "not sent". */
    @Transactional(readOnly = true)
    public Resolution resolve(Dispatch dispatch, String senderAgency) {
        Map<String, Recipient> found = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> notSent = new ArrayList<>();
        // read once for all lines: both lists are the same for every line of the Nơi nhận
        List<Agency> agencies = directory.agencies();
        List<ExternalAgency> externals = addresses.externalAgencies();
        for (String line : NoiNhan.lines(dispatch)) {
            Optional<List<Recipient>> targets = targets(line, senderAgency, agencies, externals);
            if (targets.isEmpty()) {
                unknown.add(line);
            } else if (targets.get().isEmpty()) {
                notSent.add(line);
            }
            for (Recipient r : targets.orElse(List.of())) {
                if (!(r.kind() == Recipient.Kind.AGENCY && r.ref().equals(senderAgency))) {
                    found.merge(r.kind() + ":" + r.ref(), r, (a, b) -> a.alsoFrom(line));
                }
            }
        }
        return new Resolution(List.copyOf(found.values()), unknown, notSent);
    }

    /**
     * Remembers what a line means for the văn thư's agency; every target must exist. An empty list means
     * the line is not sent electronically (internal units, paper copies).
     */
    @Transactional
    public void remember(String agencyId, String line, List<RecipientMapping.Target> targets, String user) {
        if (line == null || AddressBook.fold(line).isEmpty()) {
            throw new InvalidRecipients("line", "Dòng nơi nhận đang để trống");
        }
        // the address book keeps a line, as typed and folded, in 400 characters (V15): longer, the insert would fail
        int length = Math.max(line.strip().length(), AddressBook.fold(line).length());
        if (length > MAX_LINE) {
            throw new InvalidRecipients("line", "Dòng nơi nhận dài tối đa " + MAX_LINE + " ký tự (đang là " + length
                    + ")");
        }
        List<RecipientMapping.Target> checked = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            RecipientMapping.Target t = targets.get(i);
            Recipient r = t == null || t.kind() == null || t.ref() == null ? null : recipient(t).orElse(null);
            if (r == null) {
                throw new InvalidRecipients("targets[" + i + "]", "Không có nơi nhận "
                        + (t == null ? "" : t.kind() + " " + t.ref()) + " trong danh bạ");
            }
            checked.add(new RecipientMapping.Target(t.kind(), t.ref(), r.name()));
        }
        addresses.remember(new RecipientMapping(agencyId, line.strip(), checked, user));
    }

    /**
     * The recipients a line stands for: a directory agency by name, else the remembered mapping; empty if unknown.
     * A line that names its purpose in brackets at the end, "UBND tỉnh (để báo cáo)", is known as its name is.
     */
    private Optional<List<Recipient>> targets(String line, String senderAgency, List<Agency> agencies,
            List<ExternalAgency> externals) {
        Optional<List<Recipient>> found = targets(line, line, senderAgency, agencies, externals);
        Matcher purpose = PURPOSE.matcher(line);
        return found.isPresent() || !purpose.matches() ? found
                : targets(purpose.group(1), line, senderAgency, agencies, externals);
    }

    private Optional<List<Recipient>> targets(String name, String line, String senderAgency, List<Agency> agencies,
            List<ExternalAgency> externals) {
        String key = AddressBook.fold(name);
        for (Agency a : agencies) {
            if (key.equals(AddressBook.fold(a.shortName())) || key.equals(AddressBook.fold(String.join(" ", a.nameLines())))) {
                return Optional.of(List.of(agency(a, line)));
            }
        }
        for (ExternalAgency e : externals) {
            if (key.equals(AddressBook.fold(e.name()))) {
                return Optional.of(List.of(external(e, line)));
            }
        }
        return addresses.mapping(senderAgency, name).map(m -> m.targets().stream()
                .map(t -> recipient(t).map(r -> r.alsoFrom(line)))
                .flatMap(Optional::stream).toList());
    }

    private Optional<Recipient> recipient(RecipientMapping.Target t) {
        return switch (t.kind()) {
            case AGENCY -> directory.agency(t.ref()).map(a -> agency(a, null));
            case EXTERNAL -> addresses.externalAgency(t.ref()).map(e -> external(e, null));
            case PERSON -> directory.person(t.ref()).flatMap(this::person);
            case EMAIL -> Emails.valid(t.ref()) ? Optional.of(new Recipient(Recipient.Kind.PERSON, t.ref().strip(),
                    t.name() == null || t.name().isBlank() ? t.ref().strip() : t.name().strip(), null, List.of()))
                    : Optional.empty();
        };
    }

    private Optional<Recipient> person(Person p) {
        Agency agency = directory.agency(p.agencyId()).orElseThrow();
        return addresses.email(p.userId()).map(email -> new Recipient(Recipient.Kind.PERSON, email,
                p.role().title() + " " + p.fullName() + " (" + agency.shortName() + ")", null, List.of()));
    }

    private Recipient agency(Agency a, String line) {
        return new Recipient(Recipient.Kind.AGENCY, a.id(), a.shortName(), addresses.organId(a.id()).orElse(null),
                line == null ? List.of() : List.of(line));
    }

    private static Recipient external(ExternalAgency e, String line) {
        return new Recipient(Recipient.Kind.EXTERNAL, e.organId(), e.name(), e.organId(),
                line == null ? List.of() : List.of(line));
    }
}
