package se.huset.intake.demo;

import se.huset.contracts.consent.ConsentForm;
import se.huset.contracts.consent.ConsentPurpose;
import se.huset.contracts.consent.DataCategory;
import se.huset.contracts.intake.Channel;
import se.huset.contracts.intake.ContactKind;
import se.huset.contracts.intake.Pathway;
import se.huset.contracts.intake.Referrer;
import se.huset.contracts.intake.RiskFlag;
import se.huset.contracts.intake.Substance;
import se.huset.contracts.intake.Urgency;
import se.huset.contracts.security.Org;
import se.huset.intake.client.Client;
import se.huset.intake.consent.ConsentView;
import se.huset.intake.consent.RevocationRequester;
import se.huset.intake.contact.CloseReason;
import se.huset.intake.contact.Contact;
import se.huset.kit.demo.DemoScale;

import se.huset.kit.time.ClinicTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Years of synthetic contacts through HUSET's one way in, shaped like Östersund: about 480 persons a year, 40% of
 * them coming back the next year; about 7% frequent attenders who, in one year, make 7–12 acute visits and up to 4
 * inpatient episodes (seed 000: 7% of persons, 38% of care episodes); everyone else stays below the
 * frequent-attender thresholds in any 12 months. Reporters of REPORT contacts follow seed 003. The county scale
 * follows the same rules with twelve times the persons and anonymous calls a year, over five years.
 *
 * <p>Everything comes from one {@link Random} with a fixed seed and draws the same numbers whatever the date, so
 * two loads give the same persons, identifiers and ids; only the dates move with {@code now}. Both scales draw
 * their first year's new persons first, so the first person of either scale is the same.
 */
public final class DemoPopulation {

    static final long SEED = 20_140_601L;
    static final double RETURN_NEXT_YEAR = 0.4;
    static final double FREQUENT_ATTENDER_SHARE = 0.07;
    static final double TAKEN_SHARE = 0.35;
    /** Calls and applications closed without triage: a duplicate, a wrong number, nobody to reach. */
    static final double CLOSED_WITHOUT_TRIAGE = 0.04;
    /** Kinds that can turn out to need no assessment; care episodes and reports are always triaged. */
    private static final Set<ContactKind> CLOSABLE = EnumSet.of(ContactKind.SELF_APPLICATION, ContactKind.RELATIVE,
            ContactKind.ADVICE);
    private static final String[] REGION_STAFF = {"reception.region", "therapist.region"};
    /** The demo accounts that work the triage board, with their body. */
    static final String[][] COLLEAGUES = {{"reception.region", "REGION"}, {"therapist.region", "REGION"},
        {"reception.kommun", "KOMMUN"}, {"socialworker.kommun", "KOMMUN"}, {"therapist.kommun", "KOMMUN"}};
    private static final String[] KOMMUN_STAFF = {"reception.kommun", "socialworker.kommun", "therapist.kommun"};

    private static final String[] FEMALE = {"Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma",
        "Ingrid", "Malin", "Jenny", "Linda", "Sofia", "Johanna", "Elin", "Camilla", "Marie", "Ida", "Hanna", "Helena"};
    private static final String[] MALE = {"Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Mikael", "Jan",
        "Thomas", "Daniel", "Fredrik", "Hans", "Stefan", "Mattias", "Magnus", "Andreas", "Jonas", "Niklas", "Marcus"};
    private static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
        "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
        "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
        "Axelsson", "Bergström", "Lundberg", "Lund", "Sundberg", "Mattsson", "Hedlund", "Nordin", "Holm", "Sjöberg"};
    private static final String[] REVOKE_REASONS = {"Klienten vill inte längre att uppgifterna delas",
        "Klienten återkallade samtycket muntligt vid besök", "Klienten återkallade skriftligt"};

    /**
     * How much history a scale draws.
     *
     * @param newPersonsPerYear persons first seen in each year (the first year also brings those already in care)
     * @param waitingNow calls of the last day or so still waiting for triage, some overdue, a third taken by someone
     * @param acuteToday acute contacts of today (since midnight, at most three hours ago) at the top of the board
     */
    record Plan(int[] newPersonsPerYear, int anonymousCallsPerYear, int waitingNow, int acuteToday) {

        static Plan of(DemoScale scale) {
            return switch (scale) {
                case DEMO -> new Plan(new int[]{480, 290, 290}, 150, 18, 4);
                // a county reception's board: more waiting than the demo's, still tens
                case COUNTY -> new Plan(new int[]{5760, 3480, 3480, 3480, 3480}, 1800, 30, 8);
            };
        }

        int years() {
            return newPersonsPerYear.length;
        }
    }

    /** A person with their client row and whether they are one of the frequent attenders. */
    record Person(Client client, boolean frequent, List<Substance> substances) {
    }

    /** The whole data set, in the order it is inserted. */
    public record DemoSet(List<Client> clients, List<Contact> contacts, List<ConsentView> consents) {
    }

    private final Random rnd = new Random(SEED);
    private final Plan plan;
    private final Instant now;
    private final LocalDate today;
    private final Instant start;

    private DemoPopulation(Plan plan, Instant now) {
        this.plan = plan;
        this.now = now.truncatedTo(ChronoUnit.MICROS);
        this.today = LocalDate.ofInstant(now, ClinicTime.ZONE);
        this.start = this.now.minus(Duration.ofDays(365L * plan.years()));
    }

    /** The history of {@code scale.years()} years ending at {@code now}. */
    public static DemoSet generate(DemoScale scale, Instant now) {
        return new DemoPopulation(Plan.of(scale), now).build();
    }

    private DemoSet build() {
        List<Person> persons = new ArrayList<>();
        Set<String> identifiers = new HashSet<>();
        List<Contact> contacts = new ArrayList<>();
        // persons by their index in persons: a county has tens of thousands, too many to look up by equality
        List<Integer> active = new ArrayList<>();
        int lastYear = plan.years() - 1;
        for (int year = 0; year <= lastYear; year++) {
            Instant from = start.plus(Duration.ofDays(365L * year));
            Instant to = year == lastYear ? now : from.plus(Duration.ofDays(365));
            List<Integer> thisYear = new ArrayList<>();
            for (int p : active) {
                if (rnd.nextDouble() < RETURN_NEXT_YEAR) {
                    thisYear.add(p);
                }
            }
            for (int i = 0; i < plan.newPersonsPerYear()[year]; i++) {
                persons.add(newPerson(identifiers));
                thisYear.add(persons.size() - 1);
            }
            for (int index : thisYear) {
                Person p = persons.get(index);
                // a frequent attender's heavy year is their first; later years look like anyone else's
                boolean firstYear = p.client().createdAt() == null;
                List<Contact> made = personYear(p, p.frequent() && firstYear, from, to);
                if (firstYear) {
                    Instant first = made.stream().map(Contact::registeredAt).min(Instant::compareTo).orElseThrow();
                    Contact firstOne = made.stream().filter(c -> c.registeredAt().equals(first)).findFirst().orElseThrow();
                    persons.set(index, new Person(withCreation(p.client(), firstOne), p.frequent(), p.substances()));
                }
                contacts.addAll(made);
            }
            for (int i = 0; i < plan.anonymousCallsPerYear(); i++) {
                contacts.add(anonymousCall(from, to));
            }
            active = thisYear;
        }
        for (int i = 0; i < plan.waitingNow(); i++) {
            contacts.add(waiting(persons.get(active.get(rnd.nextInt(active.size())))));
        }
        for (int i = 0; i < plan.acuteToday(); i++) {
            contacts.add(acuteToday(persons.get(active.get(rnd.nextInt(active.size())))));
        }
        contacts.sort((a, b) -> a.registeredAt().compareTo(b.registeredAt()));
        List<Client> clients = persons.stream().map(Person::client).toList();
        List<ConsentView> consents = new ArrayList<>();
        for (Client client : clients) {
            ConsentView consent = consentFor(client);
            if (consent != null) {
                consents.add(consent);
            }
        }
        return new DemoSet(clients, contacts, consents);
    }

    private Person newPerson(Set<String> identifiers) {
        boolean male = rnd.nextDouble() < 0.68;
        boolean frequent = rnd.nextDouble() < FREQUENT_ATTENDER_SHARE;
        boolean reserve = rnd.nextDouble() < 0.01;
        LocalDate birth = birthDate();
        String identifier;
        do {
            identifier = reserve ? reservnummer() : personnummer(birth, male);
        } while (!identifiers.add(identifier));
        String name = (male ? pick(MALE) : pick(FEMALE)) + " " + pick(LAST);
        // PTS keeps 070-174 06 05 – 070-174 06 99 for fiction: these numbers reach no one
        String phone = rnd.nextDouble() < 0.6 ? String.format("070-17406%02d", 5 + rnd.nextInt(95)) : null;
        List<Substance> substances = substances();
        Client client = new Client(uuid(), identifier, reserve ? "RESERVNUMMER" : "PERSONNUMMER", name, phone,
                reserve ? null : birth, reserve ? null : (male ? "MALE" : "FEMALE"), Org.REGION, "demo", null);
        return new Person(client, frequent, substances);
    }

    private Client withCreation(Client c, Contact first) {
        return new Client(c.id(), c.identifier(), c.identifierKind(), c.name(), c.phone(), c.birthDate(), c.sex(),
                first.ownerOrg(), first.registeredBy(), first.registeredAt());
    }

    /** A year of one person's contacts: acute and inpatient care, and the matters raised with either body. */
    private List<Contact> personYear(Person p, boolean heavy, Instant from, Instant to) {
        List<ContactKind> kinds = new ArrayList<>();
        int acute = heavy ? 7 + rnd.nextInt(6) : weighted(new double[]{0.45, 0.28, 0.16, 0.11});
        int inpatient = heavy ? rnd.nextInt(5) : weighted(new double[]{0.85, 0.15});
        int other = heavy ? 1 + rnd.nextInt(4) : 1 + weighted(new double[]{0.55, 0.25, 0.12, 0.05, 0.03});
        for (int i = 0; i < acute; i++) {
            kinds.add(ContactKind.ACUTE_VISIT);
        }
        for (int i = 0; i < inpatient; i++) {
            kinds.add(ContactKind.INPATIENT_EPISODE);
        }
        for (int i = 0; i < other; i++) {
            kinds.add(otherKind());
        }
        List<Contact> made = new ArrayList<>();
        for (ContactKind kind : kinds) {
            made.add(contact(p.client().id(), "FEMALE".equals(p.client().sex()), kind, p.substances(),
                    between(from, to)));
        }
        return made;
    }

    private Contact waiting(Person p) {
        boolean identified = rnd.nextDouble() < 0.7;
        ContactKind kind = otherKind();
        Instant at = now.minus(Duration.ofMinutes(5 + rnd.nextInt(30 * 60)));
        Contact c = contact(identified ? p.client().id() : null, "FEMALE".equals(p.client().sex()), kind,
                identified ? p.substances() : substances(), at);
        boolean estimated = rnd.nextBoolean();
        return stillWaiting(c, estimated ? c.urgency() : null);
    }

    /** An acute visit or an LOB intervention of today, not yet triaged: what the board is for. */
    private Contact acuteToday(Person p) {
        ContactKind kind = rnd.nextBoolean() ? ContactKind.ACUTE_VISIT : ContactKind.LOB;
        Instant midnight = today.atStartOfDay(ClinicTime.ZONE).toInstant();
        long window = Math.max(60, Math.min(3 * 3600, Duration.between(midnight, now).toSeconds()));
        Instant at = now.minusSeconds(30 + (long) (rnd.nextDouble() * (window - 30)));
        Contact c = contact(p.client().id(), "FEMALE".equals(p.client().sex()), kind, p.substances(),
                at.isBefore(midnight) && now.isAfter(midnight) ? midnight : at);
        return stillWaiting(c, Urgency.ACUTE);
    }

    /** The contact as still waiting for triage; about a third of them already taken by staff of the owning body. */
    private Contact stillWaiting(Contact c, Urgency estimate) {
        boolean taken = rnd.nextDouble() < TAKEN_SHARE;
        String[] staff = c.ownerOrg() == Org.REGION ? REGION_STAFF : KOMMUN_STAFF;
        String assignee = staff[rnd.nextInt(staff.length)];
        long takenAfter = rnd.nextInt(30);
        Instant takenAt = c.registeredAt().plus(Duration.ofMinutes(takenAfter));
        return new Contact(c.id(), c.clientId(), c.channel(), c.kind(), c.referrer(), c.substances(), c.reason(),
                c.ownerOrg(), c.registeredBy(), c.registeredAt(), Contact.Status.NEW, estimate, null, List.of(),
                List.of(), null, null, null, null, null, taken ? assignee : null,
                taken ? (takenAt.isAfter(now) ? now : takenAt) : null, null, null, null, null);
    }

    private Contact anonymousCall(Instant from, Instant to) {
        ContactKind kind = rnd.nextDouble() < 0.55 ? ContactKind.ADVICE : ContactKind.RELATIVE;
        return contact(null, false, kind, substances(), between(from, to));
    }

    private Contact contact(UUID clientId, boolean female, ContactKind kind, List<Substance> substances, Instant at) {
        Org owner = ownerFor(kind);
        Channel channel = channelFor(kind);
        Referrer referrer = referrerFor(kind);
        String registeredBy = kind == ContactKind.ACUTE_VISIT || kind == ContactKind.INPATIENT_EPISODE
                ? "therapist.region" : owner == Org.REGION ? "reception.region" : "reception.kommun";
        String reason = reasonFor(kind);
        Urgency urgency = urgencyFor(kind);
        Pathway pathway = pathwayFor(kind);
        List<Org> responsible = responsibleFor(pathway);
        List<RiskFlag> flags = riskFlags(clientId, female);
        Integer audit = substances.contains(Substance.ALCOHOL) && rnd.nextDouble() < 0.4 ? 8 + rnd.nextInt(28) : null;
        boolean drugs = substances.stream().anyMatch(s -> s != Substance.ALCOHOL && s != Substance.GAMBLING);
        Integer dudit = drugs && rnd.nextDouble() < 0.4 ? 2 + rnd.nextInt(39) : null;
        Instant triagedAt = at.plus(triageDelay(kind));
        boolean estimated = rnd.nextDouble() < 0.5;
        String triagedBy = owner == Org.REGION ? (rnd.nextBoolean() ? "reception.region" : "therapist.region")
                : (rnd.nextBoolean() ? "reception.kommun" : "socialworker.kommun");
        boolean closed = CLOSABLE.contains(kind) && rnd.nextDouble() < CLOSED_WITHOUT_TRIAGE;
        CloseReason closeReason = pick(CloseReason.values());
        UUID id = uuid();
        if (triagedAt.isAfter(now)) {
            // still waiting: the triage board of the demo is alive
            return new Contact(id, clientId, channel, kind, referrer, substances, reason, owner, registeredBy, at,
                    Contact.Status.NEW, estimated ? urgency : null, null, List.of(), List.of(), null, null, null,
                    null, null, null, null, null, null, null, null);
        }
        if (closed) {
            return new Contact(id, clientId, channel, kind, referrer, substances, reason, owner, registeredBy, at,
                    Contact.Status.CLOSED, estimated ? urgency : null, null, List.of(), List.of(), null, null, null,
                    null, null, null, null, closeReason, null, triagedBy, triagedAt);
        }
        return new Contact(id, clientId, channel, kind, referrer, substances, reason, owner, registeredBy, at,
                Contact.Status.TRIAGED, urgency, pathway, responsible, flags, audit, dudit, null, triagedBy, triagedAt,
                null, null, null, null, null, null);
    }

    private ConsentView consentFor(Client client) {
        boolean asked = rnd.nextDouble() < 0.32;
        boolean revoked = rnd.nextDouble() < 0.08;
        double when = rnd.nextDouble();
        double revokeWhen = rnd.nextDouble();
        boolean written = rnd.nextDouble() < 0.6;
        int extra = rnd.nextInt(4);
        String revokeReason = pick(REVOKE_REASONS);
        if (!asked) {
            return null;
        }
        // recorded by the disclosing body (the owner), releasing its data to the other body (DisclosingBodyRule)
        List<Org> recipients = List.of(client.ownerOrg() == Org.REGION ? Org.KOMMUN : Org.REGION);
        List<DataCategory> categories = new ArrayList<>(List.of(DataCategory.IDENTITY, DataCategory.CARE,
                DataCategory.SOCIAL));
        if (extra >= 1) {
            categories.add(DataCategory.APPOINTMENTS);
        }
        if (extra >= 2) {
            categories.add(DataCategory.FOLLOWUP);
        }
        if (extra >= 3) {
            categories.add(DataCategory.HOUSING);
        }
        Instant grantedAt = client.createdAt().plus(Duration.ofMinutes((long) (when * 60 * 24 * 14)));
        if (grantedAt.isAfter(now)) {
            grantedAt = client.createdAt();
        }
        LocalDate validUntil = LocalDate.ofInstant(grantedAt, ClinicTime.ZONE).plusMonths(12);
        Instant revokedAt = null;
        if (revoked) {
            Instant end = validUntil.atStartOfDay(ClinicTime.ZONE).toInstant();
            end = end.isAfter(now) ? now : end;
            revokedAt = grantedAt.plus(Duration.ofSeconds((long) (revokeWhen
                    * Math.max(0, Duration.between(grantedAt, end).toSeconds()))));
        }
        String grantedBy = client.ownerOrg() == Org.REGION ? "reception.region" : "reception.kommun";
        return new ConsentView(uuid(), client.id(), recipients, List.copyOf(categories),
                ConsentPurpose.CARE_COORDINATION, written ? ConsentForm.WRITTEN : ConsentForm.VERBAL, validUntil,
                grantedBy, client.ownerOrg(), grantedAt, revokedAt, revokedAt == null ? null : grantedBy,
                revokedAt == null ? null : revokeReason, ConsentView.statusOf(revokedAt, validUntil, today),
                revokedAt == null ? null : client.ownerOrg(), revokedAt == null ? null : RevocationRequester.CLIENT);
    }

    // --- distributions -------------------------------------------------------------------------------------

    private ContactKind otherKind() {
        return switch (weighted(new double[]{0.30, 0.25, 0.12, 0.10, 0.10, 0.13})) {
            case 0 -> ContactKind.SELF_APPLICATION;
            case 1 -> ContactKind.REPORT;
            case 2 -> ContactKind.REFERRAL;
            case 3 -> ContactKind.LOB;
            case 4 -> ContactKind.RELATIVE;
            default -> ContactKind.ADVICE;
        };
    }

    /** Care episodes and referrals are healthcare's, reports and LOB social services'; the rest either body. */
    private Org ownerFor(ContactKind kind) {
        boolean coin = rnd.nextBoolean();
        return switch (kind) {
            case ACUTE_VISIT, INPATIENT_EPISODE, REFERRAL -> Org.REGION;
            case REPORT, LOB -> Org.KOMMUN;
            default -> coin ? Org.REGION : Org.KOMMUN;
        };
    }

    private Channel channelFor(ContactKind kind) {
        double r = rnd.nextDouble();
        return switch (kind) {
            case ACUTE_VISIT -> r < 0.85 ? Channel.WALK_IN : Channel.REFERRAL;
            case INPATIENT_EPISODE, REFERRAL -> r < 0.8 ? Channel.REFERRAL : Channel.WALK_IN;
            case REPORT -> r < 0.5 ? Channel.PHONE : r < 0.9 ? Channel.DIGITAL : Channel.WALK_IN;
            case LOB -> r < 0.8 ? Channel.PHONE : Channel.OUTREACH;
            case SELF_APPLICATION -> r < 0.6 ? Channel.PHONE : r < 0.85 ? Channel.WALK_IN : Channel.DIGITAL;
            case RELATIVE, ADVICE -> r < 0.85 ? Channel.PHONE : Channel.DIGITAL;
        };
    }

    /** REPORT reporters as in Söderhamn (seed 003): police 29%, other private 22%, relative 20%, ... */
    private Referrer referrerFor(ContactKind kind) {
        double r = rnd.nextDouble();
        return switch (kind) {
            case REPORT -> r < 0.29 ? Referrer.POLICE : r < 0.51 ? Referrer.OTHER_PRIVATE : r < 0.71 ? Referrer.RELATIVE
                    : r < 0.83 ? Referrer.OTHER_HEALTHCARE : r < 0.89 ? Referrer.SOCIAL_SERVICES
                    : r < 0.91 ? Referrer.ADULT_PSYCHIATRY : Referrer.OTHER;
            case LOB -> Referrer.POLICE;
            case SELF_APPLICATION -> Referrer.SELF;
            case RELATIVE -> Referrer.RELATIVE;
            case ADVICE -> r < 0.7 ? Referrer.SELF : Referrer.RELATIVE;
            case REFERRAL -> r < 0.5 ? Referrer.PRIMARY_CARE : r < 0.75 ? Referrer.OTHER_HEALTHCARE
                    : Referrer.ADULT_PSYCHIATRY;
            case ACUTE_VISIT -> r < 0.6 ? Referrer.SELF : r < 0.8 ? Referrer.POLICE : Referrer.OTHER_HEALTHCARE;
            case INPATIENT_EPISODE -> r < 0.5 ? Referrer.OTHER_HEALTHCARE : r < 0.8 ? Referrer.SELF
                    : Referrer.PRIMARY_CARE;
        };
    }

    private Urgency urgencyFor(ContactKind kind) {
        double r = rnd.nextDouble();
        return switch (kind) {
            case ACUTE_VISIT, INPATIENT_EPISODE -> Urgency.ACUTE;
            case LOB -> r < 0.4 ? Urgency.ACUTE : Urgency.SOON;
            case REPORT -> r < 0.5 ? Urgency.SOON : Urgency.PLANNED;
            case SELF_APPLICATION -> r < 0.4 ? Urgency.SOON : Urgency.PLANNED;
            case REFERRAL -> r < 0.3 ? Urgency.SOON : Urgency.PLANNED;
            case RELATIVE, ADVICE -> Urgency.PLANNED;
        };
    }

    private Pathway pathwayFor(ContactKind kind) {
        double r = rnd.nextDouble();
        return switch (kind) {
            case ACUTE_VISIT -> r < 0.6 ? Pathway.SOBERING_UNIT_NOW : Pathway.BEROENDEENHETEN_OUTPATIENT;
            case INPATIENT_EPISODE -> r < 0.7 ? Pathway.BEROENDEENHETEN_OUTPATIENT : Pathway.SOCIAL_SERVICES_INVESTIGATION;
            case LOB -> r < 0.5 ? Pathway.SOBERING_UNIT_NOW : Pathway.SOCIAL_SERVICES_INVESTIGATION;
            case REPORT -> r < 0.8 ? Pathway.SOCIAL_SERVICES_INVESTIGATION : Pathway.NEXUS_OUTPATIENT;
            case SELF_APPLICATION -> r < 0.35 ? Pathway.NEXUS_OUTPATIENT : r < 0.7 ? Pathway.BEROENDEENHETEN_OUTPATIENT
                    : r < 0.85 ? Pathway.SOCIAL_SERVICES_INVESTIGATION : Pathway.PRIMARY_CARE;
            case REFERRAL -> r < 0.6 ? Pathway.BEROENDEENHETEN_OUTPATIENT : r < 0.8 ? Pathway.PRIMARY_CARE
                    : Pathway.NEXUS_OUTPATIENT;
            case RELATIVE -> r < 0.9 ? Pathway.RELATIVES_SUPPORT : Pathway.ADVICE_ONLY;
            case ADVICE -> r < 0.8 ? Pathway.ADVICE_ONLY : Pathway.PRIMARY_CARE;
        };
    }

    private List<Org> responsibleFor(Pathway pathway) {
        boolean joint = rnd.nextDouble() < 0.15;
        if (pathway.runBy() == null) {
            return List.of();
        }
        return joint ? List.of(pathway.runBy(), pathway.runBy() == Org.REGION ? Org.KOMMUN : Org.REGION)
                : List.of(pathway.runBy());
    }

    private List<RiskFlag> riskFlags(UUID clientId, boolean female) {
        double suicide = rnd.nextDouble();
        double pregnancy = rnd.nextDouble();
        double children = rnd.nextDouble();
        double violence = rnd.nextDouble();
        if (clientId == null) {
            return List.of();
        }
        List<RiskFlag> flags = new ArrayList<>();
        if (suicide < 0.04) {
            flags.add(RiskFlag.SUICIDE_RISK);
        }
        if (female && pregnancy < 0.03) {
            flags.add(RiskFlag.PREGNANCY);
        }
        if (children < 0.08) {
            flags.add(RiskFlag.CHILDREN_IN_HOME);
        }
        if (violence < 0.05) {
            flags.add(RiskFlag.VIOLENCE);
        }
        return flags;
    }

    /** Acute care is triaged within the hour; most other matters the same working day, some a day or more later. */
    private Duration triageDelay(ContactKind kind) {
        double r = rnd.nextDouble();
        double spread = rnd.nextDouble();
        if (kind == ContactKind.ACUTE_VISIT || kind == ContactKind.INPATIENT_EPISODE) {
            return Duration.ofMinutes(5 + (long) (spread * 85));
        }
        if (r < 0.7) {
            return Duration.ofMinutes(15 + (long) (spread * 225));
        }
        if (r < 0.9) {
            return Duration.ofMinutes(18 * 60 + (long) (spread * 12 * 60));
        }
        return Duration.ofMinutes(48 * 60 + (long) (spread * 48 * 60));
    }

    private String reasonFor(ContactKind kind) {
        String[] reasons = switch (kind) {
            case SELF_APPLICATION -> new String[]{"Vill ha hjälp att sluta dricka", "Söker stöd för sitt cannabisbruk",
                "Vill trappa ned och behöver samtal", "Har fått återfall och vill ha hjälp igen"};
            case REPORT -> new String[]{"Orosanmälan om missbruk", "Granne oroar sig för personens drickande",
                "Polisen har gjort en orosanmälan", "Anhörig anmäler oro"};
            case REFERRAL -> new String[]{"Remiss från vårdcentralen för bedömning",
                "Remiss från psykiatrin efter utskrivning"};
            case LOB -> new String[]{"Omhändertagen enligt LOB, kraftigt berusad", "LOB-ingripande under natten"};
            case RELATIVE -> new String[]{"Förälder orolig för vuxet barn", "Partner vill ha anhörigstöd"};
            case ADVICE -> new String[]{"Frågor om alkohol och mediciner", "Vill veta hur man söker hjälp"};
            case ACUTE_VISIT -> new String[]{"Abstinens, söker tillnyktring", "Kraftigt berusad, behöver tillsyn"};
            case INPATIENT_EPISODE -> new String[]{"Inskriven för abstinensbehandling", "Avgiftning på avdelningen"};
        };
        return pick(reasons);
    }

    private List<Substance> substances() {
        Substance primary = switch (weighted(new double[]{0.55, 0.12, 0.10, 0.08, 0.06, 0.05, 0.04})) {
            case 0 -> Substance.ALCOHOL;
            case 1 -> Substance.CANNABIS;
            case 2 -> Substance.STIMULANTS;
            case 3 -> Substance.OPIOIDS;
            case 4 -> Substance.BENZODIAZEPINES;
            case 5 -> Substance.GAMBLING;
            default -> Substance.OTHER;
        };
        Substance second = Substance.values()[rnd.nextInt(Substance.values().length)];
        boolean mixed = rnd.nextDouble() < 0.3;
        EnumSet<Substance> set = EnumSet.of(primary);
        if (mixed) {
            set.add(second);
        }
        return List.copyOf(set);
    }

    // --- identities ----------------------------------------------------------------------------------------

    /** Ages mostly 25–60, as in addiction care; real calendar dates. */
    private LocalDate birthDate() {
        int year = 1950 + (int) Math.round((rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble()) / 3 * 55);
        return LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(365));
    }

    /** Serial numbers 900–999 (rarely issued), the sex digit odd for men, and a correct Luhn check digit. */
    private String personnummer(LocalDate birth, boolean male) {
        int tens = rnd.nextInt(10);
        int sexDigit = 2 * rnd.nextInt(5) + (male ? 1 : 0);
        String yymmdd = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth());
        String nine = yymmdd + "9" + tens + sexDigit;
        return String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + "9" + tens + sexDigit + luhn(nine);
    }

    private String reservnummer() {
        return String.format("RES-%06d", rnd.nextInt(1_000_000));
    }

    static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    // --- randomness ----------------------------------------------------------------------------------------

    private Instant between(Instant from, Instant to) {
        long seconds = Math.max(1, Duration.between(from, to).toSeconds());
        return from.plusSeconds((long) (rnd.nextDouble() * seconds)).truncatedTo(ChronoUnit.SECONDS);
    }

    private int weighted(double[] weights) {
        double r = rnd.nextDouble();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (r < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private UUID uuid() {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
