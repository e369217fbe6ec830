package se.huset.housing.placement;

public enum PlacementStatus {
    WAITING, PLACED, ENDED
}
