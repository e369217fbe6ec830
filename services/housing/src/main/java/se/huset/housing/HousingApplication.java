package se.huset.housing;

import se.huset.kit.HusetApplication;

public final class HousingApplication {

    private HousingApplication() {
    }

    public static void main(String[] args) {
        HusetApplication.run(HousingApplication.class, args);
    }
}
