package se.huset.booking.demo;

import se.huset.contracts.security.Org;
import se.huset.kit.demo.DemoScale;
import se.huset.kit.demo.DemoStaff;

import java.util.ArrayList;
import java.util.List;

/**
 * Who works at HUSET and where: the staff calendars and rooms of a scale. The demo has the demo accounts only; a
 * county clinic has more therapists and counsellors per body, the demo accounts among them, and more talk rooms.
 * The clinicians of a body take its first visits and treatment courses; reception and housing staff do not.
 */
record DemoRoster(List<Member> staff, List<Room> rooms) {

    /** Works Monday to Friday 08:00 to {@code until}. */
    record Member(String username, String name, Org org, String unit, boolean reception, boolean clinician,
                  String until) {
    }

    record Room(String name, int capacity, boolean talkRoom) {
    }

    static final String CONFERENCE_ROOM = "Konferensrummet";

    private static final List<Member> DEMO_ACCOUNTS = List.of(
            new Member("therapist.region", "Tove Terapeut", Org.REGION, "Beroendeenheten", false, true, "16:30"),
            new Member("therapist.kommun", "Tor Terapeut", Org.KOMMUN, "Nexus", false, true, "16:30"),
            new Member("socialworker.kommun", "Sara Socialsekreterare", Org.KOMMUN, "Team Vuxen", false, true, "16:00"),
            new Member("reception.region", "Rebecka Region", Org.REGION, "Beroendeenheten", true, false, "16:30"),
            new Member("reception.kommun", "Kim Kommun", Org.KOMMUN, "Team Vuxen", true, false, "16:00"),
            new Member("housing.kommun", "Hampus Boende", Org.KOMMUN, "Skogsgläntan", false, false, "16:00"));
    private static final List<Room> DEMO_ROOMS = List.of(
            new Room("Samtalsrum 1", 3, true), new Room("Samtalsrum 2", 3, true), new Room("Samtalsrum 3", 4, true),
            new Room("Grupprummet", 12, false), new Room(CONFERENCE_ROOM, 10, false),
            new Room("Receptionens hörna", 4, false));
    private static final int COUNTY_TALK_ROOMS = 10;

    static DemoRoster of(DemoScale scale) {
        if (scale == DemoScale.DEMO) {
            return new DemoRoster(DEMO_ACCOUNTS, DEMO_ROOMS);
        }
        List<Member> staff = new ArrayList<>(DEMO_ACCOUNTS);
        DemoStaff.COUNTY_CLINICIANS.forEach((org, names) -> names.forEach(name -> staff.add(new Member(DemoStaff.username(name), name,
                org, org == Org.REGION ? "Beroendeenheten" : "Nexus", false, true, "16:30"))));
        List<Room> rooms = new ArrayList<>(DEMO_ROOMS);
        for (int n = 4; n <= COUNTY_TALK_ROOMS; n++) {
            rooms.add(new Room("Samtalsrum " + n, 3, true));
        }
        return new DemoRoster(List.copyOf(staff), List.copyOf(rooms));
    }

    /** The clinicians of a body, in a fixed order: they take its first visits and its treatment courses. */
    List<String> clinicians(Org org) {
        return staff.stream().filter(m -> m.clinician() && m.org() == org).map(Member::username).toList();
    }

    List<String> talkRooms() {
        return rooms.stream().filter(Room::talkRoom).map(Room::name).toList();
    }
}
