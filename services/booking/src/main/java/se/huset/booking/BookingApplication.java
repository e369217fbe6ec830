package se.huset.booking;

import se.huset.kit.HusetApplication;

public final class BookingApplication {

    private BookingApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(BookingApplication.class, args);
    }
}
