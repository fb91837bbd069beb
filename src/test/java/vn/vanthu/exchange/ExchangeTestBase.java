package vn.vanthu.exchange;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanthu.directory.RecipientMapping;
import vn.vanthu.directory.RecipientMapping.Kind;
import vn.vanthu.directory.RecipientMapping.Target;
import vn.vanthu.document.Dispatch;
import vn.vanthu.rendering.DocumentRenderer;

/**
 * One Spring context for every exchange test (same properties, same real peers): the embedded PostgreSQL,
 * the engine with its job executor off (tests run jobs in a known order) and the outbox drained by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ExchangeTestBase {

    /** Numbers are unique across the tests of the JVM, so DocumentIds never collide. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    static final Peers PEERS = Peers.ALL;

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        PEERS.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    OutboxDrainer drainer;
    @Autowired
    Recipients recipients;
    @Autowired
    Dispatching dispatching;
    @Autowired
    DocumentRenderer renderer;
    @Autowired
    Inbox inbox;
    @Autowired
    IncomingStore incoming;
    @Autowired
    ExchangeTasks tasks;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    static int nextNumber() {
        return NUMBERS.incrementAndGet();
    }

    ExchangeApi api() {
        return new ExchangeApi(port);
    }

    /** Runs due jobs and drains the outbox until nothing moves: every status has travelled back. */
    void settle() {
        for (int round = 0; round < 30; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            due.forEach(job -> management.executeJob(job.getId()));
            int delivered = drainer.drain();
            if (due.isEmpty() && delivered == 0) {
                return;
            }
        }
        throw new AssertionError("the outbox and the jobs did not settle");
    }

    /** UBND's văn thư maps seed 002's Nơi nhận lines: three Sở, two district UBND, two leaders, one internal line. */
    void mapSeed002Lines() {
        recipients.remember("ubnd", "Thủ trưởng các sở, ban, ngành", List.of(new Target(Kind.AGENCY, "sldtbxh", null),
                new Target(Kind.AGENCY, "stp", null), new Target(Kind.AGENCY, "sgddt", null)), "vt.ubnd");
        recipients.remember("ubnd", "UBND các huyện, thị xã, thành phố", List.of(
                new Target(Kind.EXTERNAL, "000.00.41.H16", null), new Target(Kind.EXTERNAL, Peers.HTTP_ORGAN, null)),
                "vt.ubnd");
        recipients.remember("ubnd", "CT, PCT UBND tỉnh", List.of(new Target(Kind.PERSON, "ct.ubnd", null),
                new Target(Kind.PERSON, "pct.ubnd", null)), "vt.ubnd");
        recipients.remember("ubnd", "CVP, PCVP UBND tỉnh", List.of(new Target(Kind.PERSON, "cvp.ubnd", null)), "vt.ubnd");
        recipients.remember("ubnd", "Các phòng: TH, HCTC (QC45a)", List.<RecipientMapping.Target>of(), "vt.ubnd");
    }

    /** UBND thành phố Buôn Ma Thuột, a system outside this vanthu, sending to agencies of this vanthu. */
    static final vn.vanthu.exchange.edxml.Organ BMT = vn.vanthu.exchange.edxml.Organ.of("000.00.41.H16",
            "Ủy ban nhân dân thành phố Buôn Ma Thuột");

    /** The edXML package Buôn Ma Thuột's system sends to an agency: the header from d, the PDF as given. */
    byte[] packageFromOutside(Dispatch d, byte[] pdf, String toAgency) {
        vn.vanthu.exchange.edxml.Organ to = vn.vanthu.exchange.edxml.Organ.of(
                addresses.organId(toAgency).orElseThrow(), toAgency);
        String id = DispatchPackages.documentId(d, BMT.organId());
        return vn.vanthu.exchange.edxml.EdXml.write(DispatchPackages.of(d, pdf, 1, BMT, to, DispatchPackages.business(id,
                vn.vanthu.exchange.edxml.BusinessType.NEW, null, null, List.of()), List.of()));
    }

    /** The văn bản đến an agency holds of a document from outside. */
    IncomingDocument received(String agency, Dispatch d) {
        return incoming.live(agency, DispatchPackages.documentId(d, BMT.organId())).orElseThrow();
    }

    /** Completes a receiving task as the user would through the API. */
    void decide(String user, String taskId, java.util.Map<String, Object> variables) {
        as(user, () -> tasks.complete(taskId, user, new java.util.HashMap<>(variables)));
    }

    void as(String user, Runnable action) {
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    @Autowired
    vn.vanthu.directory.AddressBook addresses;

    /** Seed 002's issued Công văn with a fresh number, for the recipients its lines resolve to (all of them). */
    IssuedDocument issuedToAll() {
        IssuedDocument probe = Seed002.issued(renderer, nextNumber(), List.of());
        Dispatch d = probe.dispatch();
        return new IssuedDocument(probe.dispatchId(), d, probe.signedPdf(), "ubnd",
                recipients.resolve(d, "ubnd").recipients(), "vt.ubnd", null, null);
    }
}
